/**
 * Districts are shown only for measures with at least DISTRICT_MIN_YEARLY crimes a year across the
 * force: below that a district's figure is a handful of crimes, its changes are noise, and small
 * numbers in a small area can point at the victims (homicides, firearms offences). A module of its
 * own so the site can print the threshold without importing the district figures' functions.
 */
export const DISTRICT_MIN_YEARLY = 300;

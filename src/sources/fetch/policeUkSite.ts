/**
 * The public site that publishes the data.police.uk archives, written only here; in a file of its
 * own so that the command line can show it as the default of `--base-url` without loading the
 * downloader and the zip reader.
 */
export const DEFAULT_POLICE_UK_BASE_URL = 'https://data.police.uk';

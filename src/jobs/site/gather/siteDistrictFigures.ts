/**
 * The district figures of the site, worked out once while the model is gathered: for every measure
 * that gets district pages (districtMeasures: enough crimes a year) and every district, the 12-month
 * comparison with its exact test and each month's 3-year average, at the workspace's significance
 * level and by its 3-year average definition (the measures result's settings). It is given the
 * series and result after the publication filter, so nothing OFFICIAL-SENSITIVE is worked out.
 */
import { type District, districtFigures, districtMeasures } from '../../../measures/districtFigures.js';
import type { DistrictSeriesResult } from '../../../measures/districtSeries.js';
import type { MeasuresResult } from '../../../measures/result.js';
import type { SiteDistrictFigures } from '../../../site/model.js';
import type { Period } from '../../../stats/calendar.js';

export function siteDistrictFigures(
  publicResult: MeasuresResult,
  publicSeries: DistrictSeriesResult,
  districts: readonly District[],
  period: Period,
): SiteDistrictFigures {
  if (districts.length === 0) return new Map();
  const { significanceLevel, threeYearAverage } = publicResult.settings;
  return new Map(
    districtMeasures(publicResult.measures, publicSeries).map((measure) => [
      measure.id,
      new Map(
        districts.map((d) => [
          d.slug,
          districtFigures(measure, d, publicSeries, period, significanceLevel, threeYearAverage),
        ]),
      ),
    ]),
  );
}

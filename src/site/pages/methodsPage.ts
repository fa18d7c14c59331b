/**
 * How the figures are made, in plain words, with the settings the measures were actually computed
 * with (read from the measures result, so the page cannot describe a method that was not used).
 */

import { DISTRICT_MIN_YEARLY } from '../../measures/districtThreshold.js';
import { formatCount } from '../../stats/rounding.js';
import { a, esc } from '../render/html.js';
import type { Page } from '../render/layout.js';
import { sitePaths } from '../render/links.js';
import type { SiteContext } from './context.js';

type Printed = 'significanceTest' | 'rateBasisText' | 'outcomeRollingMonths' | 'satisfactionRollingMonths';

function setting(ctx: SiteContext, key: Printed): string {
  return String(ctx.model.result.settings[key]);
}

export function methodsPage(ctx: SiteContext): Page {
  const path = sitePaths.methods;
  const { model } = ctx;
  const average =
    ctx.threeYearAverage === 'same_month'
      ? 'the mean of the same month (or quarter) in each of the three years before'
      : 'the mean of the 36 months before';
  const alpha = Math.round(ctx.alpha * 100);
  const sections: [string, string, string[]][] = [
    [
      'sources',
      'Where the data comes from',
      [
        `Most figures are counted from ${model.force.name}'s own crime records, extracted each month. Crimes are counted in the month they were recorded, using the Home Office offence codes for each crime type.`,
        'Comparisons with other forces use the Home Office police recorded crime tables or data.police.uk, because every force publishes those in the same way.',
        'Some national measures (for example hospital admissions for assault with a sharp object, or confidence in the response to cyber crime) are measured by surveys or the NHS, not by police forces; their pages say where to find them.',
      ],
    ],
    [
      'changes',
      'Is a change real?',
      [
        'Crime numbers go up and down from month to month by chance. Before saying a crime is going up or down, the figures are tested.',
        `For counts, the quarter is compared with the same quarter a year earlier using an exact statistical test for counts (${setting(ctx, 'significanceTest') || 'the exact test for two Poisson counts'}). A change is called statistically significant when there is less than a ${alpha}% chance of a change that large happening by chance.`,
        'Small numbers get special care: a rise from 4 to 6 is 50% but is almost always chance, so the counts are shown beside any percentage.',
      ],
    ],
    [
      'spc',
      'How to read an SPC chart',
      [
        'A statistical process control (SPC) chart plots each month with a centre line (the average) and two grey process limits. Almost every month falls between the limits by chance alone.',
        'A point outside the limits, a run of seven or more points on one side of the average, or seven or more rising or falling in a row is a special cause: something has really changed. The charts colour these points blue for an improvement and orange for a concern, and use a different shape for each, so they can be told apart without colour.',
        'The icons above each SPC chart sum it up, as the NHS Making Data Count approach does: whether the latest months show a real change, and, where there is a target, whether it will reliably be met.',
      ],
    ],
    [
      'averages',
      '3-year average and forecast',
      [
        `The 3-year average is ${average}. A figure is "in line" with it when it lies between the lowest and the highest of the values averaged.`,
        'The forecast for the latest month is made from the months before it, allowing for the seasons. The shaded band on the charts is its 95% prediction interval: a month inside the band is in line with the forecast.',
      ],
    ],
    [
      'rates',
      'Outcome and satisfaction rates',
      [
        `The 'action taken' outcome rate is ${setting(ctx, 'rateBasisText') || 'outcomes assigned in the period divided by crimes recorded in the period'}. It is shown as a rolling rate over ${setting(ctx, 'outcomeRollingMonths') || '3'} months, because single months are too small to read.`,
        `Victim satisfaction is the share of surveyed victims satisfied with their whole experience, as a rolling rate over ${setting(ctx, 'satisfactionRollingMonths') || '6'} months.`,
      ],
    ],
    [
      'districts',
      'District figures',
      [
        'District figures count the crimes the force recorded in each district. They are compared over whole years (the latest 12 months against the 12 months before), so the seasons cancel out, with the same exact test as the force-wide figures.',
        `Districts are shown only for crime types with at least ${formatCount(DISTRICT_MIN_YEARLY)} crimes a year across ${model.force.area}. Rarer crimes are too few in a district to show a trend, and small numbers in a small area could identify the people involved.`,
      ],
    ],
    [
      'peers',
      'Comparing forces',
      [
        "Forces are compared by crimes per 1,000 people, using each force's population. The forces compared are the force's Most Similar Group: forces that are alike in population, area and social make-up. Each rank says whether it counts from the highest rate or the lowest: 2nd highest rate of 6, or lowest rate of 6.",
      ],
    ],
    [
      'sensitive',
      'What is not published',
      [
        "Measures marked OFFICIAL-SENSITIVE are used inside the Commissioner's office and never appear on this site, in its downloads or in the published statements.",
      ],
    ],
  ];
  const body = sections.flatMap(([id, heading, paragraphs]) => [
    `<h2 id="${id}">${esc(heading)}</h2>`,
    ...paragraphs.map((p) => `<p>${esc(p)}</p>`),
  ]);
  body.push(`<p>${a(path, sitePaths.data, 'Download the figures and the data dictionary')}.</p>`);
  return {
    path,
    title: 'How the figures are made',
    section: 'methods',
    breadcrumbs: [{ label: 'Home', path: sitePaths.home }],
    description: `How the crime and policing figures for ${model.force.area} are counted, compared and tested.`,
    body: body.join('\n'),
  };
}

export function accessibilityPage(ctx: SiteContext): Page {
  const path = sitePaths.accessibility;
  const body = [
    `<p>${esc(`This website is run by the ${ctx.model.organisation}. We want as many people as possible to be able to use it. It aims to meet the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA.`)}</p>`,
    '<h2 id="what-you-can-do">What you can do</h2>',
    '<ul>',
    `<li>${esc('Use the whole site with a keyboard: the first link on every page skips to the main content.')}</li>`,
    `<li>${esc('Read every chart as text: each has a written description and, under it, a table of the numbers it shows.')}</li>`,
    `<li>${esc('Zoom to 400% and use it on a phone: the pages reflow to one column.')}</li>`,
    `<li>${esc('Use it without JavaScript: the site has none.')}</li>`,
    `<li>${esc('Download every figure as CSV to use in your own software.')}</li>`,
    '</ul>',
    '<h2 id="testing">How we test it</h2>',
    `<p>${esc('Every page of the site is checked automatically in a web browser against WCAG 2.2 A and AA before it is published, and for broken links.')}</p>`,
    '<h2 id="problems">Reporting a problem</h2>',
    `<p>${esc(`If you find a problem, or need the information in another format, please contact the ${ctx.model.organisation}.`)}</p>`,
  ];
  return {
    path,
    title: 'Accessibility statement',
    section: 'other',
    breadcrumbs: [{ label: 'Home', path: sitePaths.home }],
    description: 'How accessible this website is and how to report a problem.',
    body: body.join('\n'),
  };
}

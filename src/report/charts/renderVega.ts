/**
 * Vega-Lite specification -> SVG text, with no browser: vega-lite compiles the spec to Vega, and
 * a headless Vega View ('none' renderer) writes the scene as SVG. Any warning from either is
 * treated as a bug in the spec (an ignored encoding would silently drop ink from a chart), so it
 * is raised rather than printed. The result is made deterministic (see renumberIds).
 */
import * as vega from 'vega';
import type { TopLevelSpec } from 'vega-lite';
import { compile } from 'vega-lite';
import { messages } from '../../errors/messages.js';
import { ExitCode, ScrutinyError } from '../../errors/problem.js';
import { renumberIds } from './svgTools.js';
import { baseConfig } from './theme.js';

/**
 * Vega still marks mark containers as ARIA graphics objects and symbols even with `aria: false`;
 * an accessibility checker then asks each of them for a text alternative. The chart is one image,
 * named by its figure (labelSvg), so the inner roles and role descriptions are removed.
 */
function stripMarkRoles(svg: string): string {
  return svg.replace(/ role="graphics-[a-z]+"/g, '').replace(/ aria-roledescription="[^"]*"/g, '');
}

/** A vega logger that keeps warnings and errors instead of writing them to the console. */
function collectingLogger(sink: string[]): vega.LoggerInterface {
  let level = vega.Warn;
  const logger = {
    level(value?: number) {
      if (value === undefined) return level;
      level = value;
      return logger;
    },
    error(...args: readonly unknown[]) {
      sink.push(args.map(String).join(' '));
      return logger;
    },
    warn(...args: readonly unknown[]) {
      sink.push(args.map(String).join(' '));
      return logger;
    },
    info() {
      return logger;
    },
    debug() {
      return logger;
    },
  };
  return logger as unknown as vega.LoggerInterface;
}

/** Renders a Vega-Lite spec (the shared theme applied) to a standalone SVG string. */
export async function vegaLiteToSvg(chart: string, spec: TopLevelSpec): Promise<string> {
  const warnings: string[] = [];
  const logger = collectingLogger(warnings);
  const compiled = compile(spec, { config: baseConfig, logger }).spec;
  // Several legends below a chart stack as rows (Vega's default puts them side by side, which
  // makes a chart wider than an A4 text column). Vega-Lite has no setting for this; Vega does.
  const config = compiled.config ?? {};
  compiled.config = {
    ...config,
    legend: { ...config.legend, layout: { bottom: { anchor: 'start', direction: 'vertical', margin: 4 } } },
  };
  const view = new vega.View(vega.parse(compiled), { renderer: 'none', logger, logLevel: vega.Warn });
  try {
    const svg = await view.toSVG();
    if (warnings.length > 0) {
      throw new ScrutinyError(messages.report.chartSpec(chart, warnings.join('; ')), ExitCode.internalError);
    }
    return renumberIds(stripMarkRoles(svg), 'c');
  } finally {
    view.finalize();
  }
}

/**
 * The forecast layer: seasonal forecasts of monthly count series with prediction intervals
 * (augurs MSTL + AutoETS in WebAssembly), judging a month against its forecast, and back-tests.
 */
export * from './backtest.js';
export * from './fitCache.js';
export * from './forecastMonth.js';
export * from './syntheticSeries.js';

/** The measures result's settings as a workspace with the default configuration prints them. */
import { measureSettings, type SettingsJson, settingsJson } from '../../src/measures/settings.js';
import { configSchema } from '../../src/workspace/config.js';

export const DEFAULT_SETTINGS_JSON: SettingsJson = settingsJson(
  measureSettings(
    configSchema.parse({
      force: { name: 'Testshire Police', slug: 'testshire', area: 'Testshire', population: 600000 },
    }),
  ),
);

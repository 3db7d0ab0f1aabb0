/**
 * Counts the content reader's positioned YAML parses (`yaml`'s `parseDocument`), for tests of what its caches spare
 * it. `vi.mock` is hoisted above a test file's imports, so the file mocks `yaml` itself and takes the factory from here:
 *
 *     vi.mock('yaml', async (original) => (await import('../helpers/yaml-parses.ts')).countingYaml(original));
 *
 * and reads or resets `parses.count`. This module never imports `yaml`, so the mock applies to every import of it.
 */
import type * as Yaml from 'yaml';

/** Parses counted since the count was last reset (in this thread: workers' parses are their own). */
export const parses = { count: 0 };

/** The `yaml` module with `parseDocument` counted in `parses`. */
export async function countingYaml(original: <T>() => Promise<T>): Promise<typeof Yaml> {
  const yaml = await original<typeof Yaml>();
  return {
    ...yaml,
    parseDocument: ((...args: Parameters<typeof yaml.parseDocument>) => {
      parses.count++;
      return yaml.parseDocument(...args);
    }) as typeof yaml.parseDocument,
  };
}

/**
 * How `astro dev` maps stack traces back to the sources. Vite's module runner, left to choose, turns on Node's own
 * source maps (`process.setSourceMapsEnabled(true)`), and Node then parses the inline source map of every module the
 * runner evaluates, whether or not an error ever needs it: 150-175 ms of Astro's thread on a first start at 1,000
 * recaps. With `sourcemapInterceptor: 'prepareStackTrace'` the runner maps a stack trace itself, when one is asked
 * for, from the maps it already holds. The environments Astro renders in (`ssr`) and loads its content config in
 * (`astro`) are created with that option; everything else is Vite's default.
 */
import { createRunnableDevEnvironment, type DevEnvironment, type ResolvedConfig } from 'vite';

/** Vite's `environments.<name>.dev.createEnvironment` for a runnable environment that maps stack traces lazily. */
export function lazySourceMaps(name: string, config: ResolvedConfig): DevEnvironment {
  return createRunnableDevEnvironment(name, config, { runnerOptions: { sourcemapInterceptor: 'prepareStackTrace' } });
}

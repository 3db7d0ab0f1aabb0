/**
 * The cards step of `npm run build` in a process of its own (renderSiteCardsInChild): it takes the card jobs from its
 * parent over IPC, renders them, and exits. Its workers' memory (fonts, layout and raster engines, the allocator's
 * per-thread pools) goes back to the system when it exits, before the search index is built; kept in the build's own
 * process, that memory stayed resident beside the indexer (1,000 recaps: peak 1,440 MB).
 */
import { isCardJobsMessage, renderSiteCards } from './site-cards.ts';

const [siteDir, cacheDir] = process.argv.slice(2);
if (!siteDir || !cacheDir || !process.send) throw new Error('usage: forked by renderSiteCardsInChild (src/graphics/og/site-cards.ts)');
const quiet = Boolean(process.env['FULLTIME_QUIET']);
process.once('message', (message: unknown) => {
  if (!isCardJobsMessage(message)) throw new Error('the cards step expected the card jobs');
  renderSiteCards(message.cardJobs, { siteDir, cacheDir, log: (line) => quiet || console.log(`[cards] ${line}`) }).then(
    () => process.disconnect?.(),
    (error: unknown) => {
      console.error(`Rendering the social cards failed: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
});

/**
 * The fixture WordPress sites of the e2e tests, for manual testing: `npx tsx scripts/serve-fixtures.ts`.
 * Prints one URL per site mode and serves until Ctrl+C.
 */
import { startWpSites } from '../test/e2e/support/wp-server';

const sites = await startWpSites();
for (const site of sites.sites) {
  console.log(`${site.mode.padEnd(18)} ${site.url('seed')}`);
}
console.log(`\nraw JSON tab       ${sites.site('pretty').rest('wp/v2/posts/12483')}`);
console.log(`structured post    ${sites.site('pretty').url('rich')}`);
console.log(`page (not post)    ${sites.site('pretty').url('page')}`);
console.log(`password-protected ${sites.site('pretty').url('protected')}`);
console.log(`category archive   ${sites.site('pretty').url('archive')}`);
console.log('\nCtrl+C to stop.');
const stop = (): void => void sites.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

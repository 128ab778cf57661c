/**
 * The store zips (scripts/package.ts, the bench's package section). A plain ZIP (PKWARE APPNOTE 6.3.10:
 * https://pkware.cachefly.net/webdocs/casestudies/APPNOTE.TXT, local headers + central directory, no zip64,
 * no data descriptors), written here rather than by web-ext's build command for two reasons that the budget
 * (≤ 200 KB per store zip, issue 10) makes count:
 * - each file is deflated by Zopfli (@gfx/zopfli, Google's exhaustive deflate encoder in WebAssembly):
 *   ~3% smaller than zlib's level 9 for the same, standard deflate stream every unzip reads;
 * - only files are stored, no directory entries (they cost a header each and no store needs them).
 * Entries are sorted and dated 1980-01-01, so one build gives byte-identical zips (a reviewer can rebuild
 * the package from the source and compare).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import { deflateAsync } from '@gfx/zopfli';

const DOS_DATE_1980_01_01 = (0 << 9) | (1 << 5) | 1;
const UTF8_NAMES = 0x0800;

function filesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = path.join(dir, name);
      // Dotfiles are never part of a package (as web-ext's build skipped them).
      if (name.startsWith('.')) return [];
      return statSync(full).isDirectory() ? filesUnder(full, `${prefix}${name}/`) : [`${prefix}${name}`];
    });
}

/** The directory's files as one ZIP archive, each deflated by Zopfli (or stored, when that is smaller). */
export async function zipDirectory(dir: string): Promise<Buffer> {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const name of filesUnder(dir)) {
    const data = readFileSync(path.join(dir, name));
    const deflated = Buffer.from(await deflateAsync(data, { numiterations: 15 }));
    const [method, body] = deflated.length < data.length ? [8, deflated] : [0, data];
    const fileName = Buffer.from(name, 'utf8');
    const crc = crc32(data);

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed: 2.0 (deflate)
    local.writeUInt16LE(UTF8_NAMES, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(0, 10); // time 00:00:00
    local.writeUInt16LE(DOS_DATE_1980_01_01, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(fileName.length, 26);
    local.writeUInt16LE(0, 28); // no extra field
    locals.push(local, fileName, body);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE((3 << 8) | 20, 4); // made by: Unix, 2.0 (so the mode below is read)
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(UTF8_NAMES, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt16LE(0, 12);
    central.writeUInt16LE(DOS_DATE_1980_01_01, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(fileName.length, 28);
    // 30 extra length, 32 comment length, 34 disk, 36 internal attributes: all 0
    central.writeUInt32LE((0o100644 << 16) >>> 0, 38); // a regular file, rw-r--r--
    central.writeUInt32LE(offset, 42);
    centrals.push(central, fileName);

    offset += local.length + fileName.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const count = centrals.length / 2;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

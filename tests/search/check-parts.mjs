// Checks any built search index (the example site's, or the national one build/search_scale
// writes) part by part: every pack and every range block read by its bytes, as a Range request
// gets it, must be JSON equal to its element of the whole file, and every element of every
// volume and range file must be named exactly once by the key tables and shard entries
// (docs/search.md). Not a test (client.test.mjs checks the same on the example site): it
// stops at the first difference, or prints what it checked.
// Usage: node tests/search/check-parts.mjs DIR   (DIR holds search/)
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';

if (!process.argv[2]) {
  console.error('usage: node tests/search/check-parts.mjs DIR');
  process.exit(2);
}
const dir = path.join(process.argv[2], 'search');
const bytesOf = (key) => fs.readFileSync(path.join(dir, key + '.js'));
const read = (key) => {
  const text = bytesOf(key).toString('utf8');
  return JSON.parse(text.slice(text.indexOf(',') + 1, text.lastIndexOf(')')));
};

// Its own VLQ decoder, not the client's: a checker that shared the client's bug would pass it.
const VLQ = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
function decodeVlq(text) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const c of text) {
    const digit = VLQ.indexOf(c);
    assert.ok(digit >= 0, `not VLQ: ${text}`);
    value += (digit & 31) * 2 ** shift;
    if (digit & 32) {
      shift += 5;
    } else {
      values.push(value);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

const manifest = read('manifest');
assert.equal(manifest.version, 3);
const counts = { volumes: 0, packs: 0, rangeFiles: 0, blocks: 0, termsWithSeveralBlocks: 0, blocksInAnotherFile: 0 };

// Packs: each group's key table entry gives its packs' byte lengths, and where the first is in
// its volume and among the volume's packs; in group order they place every pack of the volume.
for (let t = 0; t * manifest.volume < manifest.groups; t++) {
  const key = `v/${t}`;
  const bytes = bytesOf(key);
  const whole = read(key);
  let at = Buffer.byteLength(`prongsaiSearch("${key}",[`);
  let index = 0;
  const last = Math.min(manifest.groups, (t + 1) * manifest.volume);
  for (let g = t * manifest.volume; g < last; g++) {
    const [group, , lengths, offset, first] = read(`k/${Math.floor(g / manifest.keys)}`)[g % manifest.keys];
    assert.equal(offset, at, `${key}: where ${group}'s first pack begins`);
    assert.equal(first, index, `${key}: ${group}'s first pack's place`);
    for (const length of decodeVlq(lengths)) {
      const part = JSON.parse(bytes.subarray(at, at + length).toString('utf8'));
      assert.deepEqual(part, whole[index], `${key}: pack ${index} (${group})`);
      at += length + 1;
      index++;
    }
  }
  assert.equal(index, whole.length, `${key}: ${index} packs named, ${whole.length} in it`);
  assert.equal(bytes.subarray(at - 1).toString(), ']);\n', `${key}: bytes after its last pack`);
  counts.volumes++;
  counts.packs += index;
}

// Range blocks: each term's quadruples place its blocks; together they name every block once.
const files = new Map(); // "r/b-f" -> [{at, length, group}]
manifest.shards.forEach((shards, bucket) => {
  for (let s = 0; s < shards; s++) {
    for (const entry of Object.values(read(`t/${bucket}-${s}`))) {
      if (entry.length < 4) continue;
      const q = decodeVlq(entry[3]);
      let group = 0, file = 0, at = 0, length = 0, blocks = 0;
      for (let i = 0; i < q.length;) {
        group += q[i++];
        const df = q[i++];
        if (blocks > 0 && df > 0) counts.blocksInAnotherFile++;
        file += df;
        at = blocks === 0 || df > 0 ? q[i++] : at + length + 1;
        const z = q[i++];
        assert.ok(z !== undefined, `ranges end inside a block: ${entry[3]}`);
        length += z % 2 ? -(z + 1) / 2 : z / 2;
        blocks++;
        if (blocks === 2) counts.termsWithSeveralBlocks++;
        const key = `r/${bucket}-${file}`;
        if (!files.has(key)) files.set(key, []);
        files.get(key).push({ at, length, group });
      }
    }
  }
});
for (const [key, parts] of files) {
  const bytes = bytesOf(key);
  const whole = read(key);
  parts.sort((a, b) => a.at - b.at);
  assert.equal(parts.length, whole.length, `${key}: ${parts.length} blocks named, ${whole.length} in it`);
  parts.forEach(({ at, length, group }, i) => {
    const block = JSON.parse(bytes.subarray(at, at + length).toString('utf8'));
    assert.equal(block, whole[i], `${key}: block ${i}`);
    assert.equal(decodeVlq(block)[0], group, `${key}: block ${i} does not start at its group`);
  });
  counts.rangeFiles++;
  counts.blocks += parts.length;
}
const onDisk = fs.existsSync(path.join(dir, 'r')) ? fs.readdirSync(path.join(dir, 'r')).length : 0;
assert.equal(files.size, onDisk, 'range files on disk that no shard names');
console.log(counts);

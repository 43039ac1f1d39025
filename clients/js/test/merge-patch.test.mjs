// RFC 7386 Appendix A, and the properties CreaseClient relies on.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mergePatch } from '../crease.js';

const examples = [
  [{ a: 'b' }, { a: 'c' }, { a: 'c' }],
  [{ a: 'b' }, { b: 'c' }, { a: 'b', b: 'c' }],
  [{ a: 'b' }, { a: null }, {}],
  [{ a: 'b', b: 'c' }, { a: null }, { b: 'c' }],
  [{ a: ['b'] }, { a: 'c' }, { a: 'c' }],
  [{ a: 'c' }, { a: ['b'] }, { a: ['b'] }],
  [{ a: { b: 'c' } }, { a: { b: 'd', c: null } }, { a: { b: 'd' } }],
  [{ a: [{ b: 'c' }] }, { a: [1] }, { a: [1] }],
  [['a', 'b'], ['c', 'd'], ['c', 'd']],
  [{ a: 'b' }, ['c'], ['c']],
  [{ a: 'foo' }, null, null],
  [{ a: 'foo' }, 'bar', 'bar'],
  [{ e: null }, { a: 1 }, { e: null, a: 1 }],
  [[1, 2], { a: 'b', c: null }, { a: 'b' }],
  [{}, { a: { bb: { ccc: null } } }, { a: { bb: {} } }],
];

test('RFC 7386 Appendix A examples', () => {
  for (const [target, patch, expected] of examples) {
    assert.deepEqual(mergePatch(target, patch), expected, `${JSON.stringify(target)} + ${JSON.stringify(patch)}`);
  }
});

test('a null or missing target is an empty object', () => {
  assert.deepEqual(mergePatch(null, { a: { b: 1 } }), { a: { b: 1 } });
  assert.deepEqual(mergePatch(undefined, { a: null }), {});
});

test('arguments are not modified; untouched subtrees are shared', () => {
  const target = { score: { runs: 1 }, batters: { a: { name: 'A' } } };
  const patch = { score: { runs: 2 } };
  const result = mergePatch(target, patch);
  assert.deepEqual(target, { score: { runs: 1 }, batters: { a: { name: 'A' } } });
  assert.deepEqual(patch, { score: { runs: 2 } });
  assert.equal(result.batters, target.batters);
  assert.notEqual(result.score, target.score);
});

test('a "__proto__" key is data, not a prototype', () => {
  const result = mergePatch({}, JSON.parse('{"__proto__": {"polluted": true}}'));
  assert.equal(Object.getPrototypeOf(result), Object.prototype);
  assert.deepEqual(Object.keys(result), ['__proto__']);
  assert.equal(({}).polluted, undefined);
  const again = mergePatch(result, { x: 1 });
  assert.equal(Object.getPrototypeOf(again), Object.prototype);
  assert.deepEqual(Object.keys(again).sort(), ['__proto__', 'x']);
});

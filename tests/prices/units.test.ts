import { describe, expect, it } from 'vitest';
import { canonicalUnit } from '../../src/prices/units';

describe('canonicalUnit', () => {
  it.each([
    ['pieces', 'piece'],
    ['Pieces', 'piece'],
    ['piece', 'piece'],
    ['pcs', 'piece'],
    ['PCS', 'piece'],
    ['units', 'piece'],
    ['set', 'set'],
    ['Sets', 'set'],
    ['pairs', 'pair'],
    ['bags', 'bag'],
    ['boxes', 'box'],
    ['cartons', 'carton'],
    ['kilograms', 'kg'],
    ['kg', 'kg'],
    ['Kgs', 'kg'],
    ['metric tons', 'ton'],
    ['tons', 'ton'],
    ['tonnes', 'ton'],
    ['meters', 'meter'],
    ['metres', 'meter'],
    ['square meters', 'square meter'],
    ['Square Metres', 'square meter'],
    ['cubic meters', 'cubic meter'],
    ['rolls', 'roll'],
    ['dozens', 'dozen'],
    ['batteries', 'battery'],
    ['per piece', 'piece'],
    ['/ piece', 'piece'],
  ])('%s → %s', (text, unit) => {
    expect(canonicalUnit(text)).toBe(unit);
  });

  it('keeps units that hold an unknown count apart from pieces', () => {
    expect(canonicalUnit('packs')).toBe('pack');
    expect(canonicalUnit('sets')).not.toBe(canonicalUnit('pieces'));
  });

  it.each([null, undefined, '', '   ', '123', '--'])('no unit in %j', (text) => {
    expect(canonicalUnit(text)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { cue } from '../../src/chat/lexicon/cue';
import { branchesWithoutAnchor } from './anchor-coverage';

describe('branchesWithoutAnchor', () => {
  it('finds the branch whose words hold none of the anchors', () => {
    const deadline = cue('a deadline', '\\bwithin\\s+\\d+\\s+hours\\b|\\bin\\s+\\d+\\s+hours\\b', {
      anchors: ['within'],
    });
    expect(branchesWithoutAnchor(deadline)).toEqual(['\\bin\\s+\\d+\\s+hours\\b']);
  });

  it('reads \\s+ as one space, and a group as holding an anchor only when every branch of it does', () => {
    const spaced = cue('spaced', '\\blast\\s+chance\\b', { anchors: ['last chance'] });
    expect(branchesWithoutAnchor(spaced)).toEqual([]);
    const group = cue('group', '\\b(?:wire|send)\\s+money\\b', { anchors: ['wire'] });
    expect(branchesWithoutAnchor(group)).toEqual(['\\b(?:wire|send)\\s+money\\b']);
    const both = cue('both', '\\b(?:wire|send)\\s+money\\b', { anchors: ['wire', 'send'] });
    expect(branchesWithoutAnchor(both)).toEqual([]);
  });

  it('does not count optional parts, or white space that may be absent', () => {
    const optional = cue('optional', '\\bpay(?:pal)?\\b', { anchors: ['pal'] });
    expect(branchesWithoutAnchor(optional)).toEqual(['\\bpay(?:pal)?\\b']);
    const maybeSpace = cue('maybe space', '\\bby\\s*cash\\b', { anchors: ['by '] });
    expect(branchesWithoutAnchor(maybeSpace)).toEqual(['\\bby\\s*cash\\b']);
  });

  it('follows each way a digit or a small class can be matched', () => {
    const hours = cue('hours', '\\b\\d+h\\b', { anchors: [...'0123456789'].map((digit) => `${digit}h`) });
    expect(branchesWithoutAnchor(hours)).toEqual([]);
    const someDigits = cue('some digits', '\\b\\d+h\\b', { anchors: ['1h', '2h'] });
    expect(branchesWithoutAnchor(someDigits)).toEqual(['\\b\\d+h\\b']);
    const letters = cue('letters', '\\bt[eo]n\\b', { anchors: ['ten', 'ton'] });
    expect(branchesWithoutAnchor(letters)).toEqual([]);
  });

  it('follows an optional character both ways: present and absent', () => {
    const spellings = cue('spellings', "\\bwhat'?s\\s?app\\b", { anchors: ['sapp', 's app'] });
    expect(branchesWithoutAnchor(spellings)).toEqual([]);
    const oneWayOnly = cue('one way only', "\\bwhat'?s\\s?app\\b", { anchors: ['s app'] });
    expect(branchesWithoutAnchor(oneWayOnly)).toEqual(["\\bwhat'?s\\s?app\\b"]);
  });

  it('takes a required repeat of one letter as that letter', () => {
    const repeated = cue('repeated', '\\bwhats\\s?ap+\\b', { anchors: ['ap'] });
    expect(branchesWithoutAnchor(repeated)).toEqual([]);
  });

  it('says nothing of a cue without anchors: it is always tried', () => {
    expect(branchesWithoutAnchor(cue('any', '\\bx\\b'))).toEqual([]);
  });
});

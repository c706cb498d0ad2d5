import { describe, expect, it } from 'vitest';
import { sniffDelimiter } from '../../../../electron/import/read/sniff-delimiter';

describe('delimiter sniffing', () => {
  it('picks the delimiter every record agrees with', () => {
    expect(sniffDelimiter('a,b,c\n1,2,3\n', true)).toBe(',');
    expect(sniffDelimiter('a;b\n"x;y";2,5\n3;4,0\n', true)).toBe(';');
    expect(sniffDelimiter('a\tb\tc\n1\t2, 3\t4\n', true)).toBe('\t');
    expect(sniffDelimiter('a|b\n1|2\n', true)).toBe('|');
  });

  it('reads one column as commas, and ignores a record the sample cut', () => {
    expect(sniffDelimiter('name\nAlice\nBob\n', true)).toBe(',');
    expect(sniffDelimiter('a;b\n1;2\n3;4;5;6;7', false)).toBe(';');
  });

  it('ignores delimiters inside quoted line breaks', () => {
    expect(sniffDelimiter('id;address\n1;"12 Main St,\nSpringfield, IL"\n2;"x"\n', true)).toBe(';');
  });
});

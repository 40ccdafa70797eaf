import { describe, expect, it } from 'vitest';
import { pinyinName, pinyinPlace, romanizeChinese } from '@/lib/romanize/chinese';

describe('romanizeChinese', () => {
  it.each([
    ['银行', 'yín háng'],
    ['重庆', 'chóng qìng'],
    ['朝鲜', 'cháo xiǎn'],
    ['朝鲜半岛', 'cháo xiǎn bàn dǎo'],
    ['萨德', 'sà dé'],
  ])('reads %s in context as %s', (hanzi, latin) => {
    expect(romanizeChinese(hanzi)).toBe(latin);
  });

  it.each([
    ['', ''],
    ['APEC', 'APEC'],
    ['🙂', '🙂'],
    ['APEC会议', 'APEC huì yì'],
    ['强경화', 'qiáng 경화'],
  ])('passes what is not Chinese through: %j → %j', (input, output) => {
    expect(romanizeChinese(input)).toBe(output);
  });
});

describe('pinyinName', () => {
  it.each([
    ['习近平', 'Xí Jìnpíng'],
    ['王毅', 'Wáng Yì'],
    ['康京和', 'Kāng Jīnghé'],
    ['文在寅', 'Wén Zàiyín'],
    ['单田芳', 'Shàn Tiánfāng'],
    ['曾国藩', 'Zēng Guófān'],
    ['朴槿惠', 'Piáo Jǐnhuì'],
    ['诸葛亮', 'Zhūgě Liàng'],
    ['欧阳修', 'Ōuyáng Xiū'],
  ])('%s → %s', (hanzi, latin) => {
    expect(pinyinName(hanzi)).toBe(latin);
  });
});

describe('pinyinPlace', () => {
  it.each([
    ['北京', 'Běijīng'],
    ['首尔', "Shǒu'ěr"],
    ['西安', "Xī'ān"],
    ['重庆', 'Chóngqìng'],
    ['华盛顿', 'Huáshèngdùn'],
    ['朝鲜', 'Cháoxiǎn'],
  ])('%s → %s', (hanzi, latin) => {
    expect(pinyinPlace(hanzi)).toBe(latin);
  });
});

describe('corrections found by reading the lexicon', () => {
  it('writes ü with its tone mark, not v', () => {
    expect(romanizeChinese('战略')).toBe('zhàn lüè');
    expect(romanizeChinese('旅游')).toBe('lǚ yóu');
  });

  it('reads 行 in 举行会谈 as xíng, not as the 行会 (guild) of a wrong cut', () => {
    expect(romanizeChinese('举行会谈')).toBe('jǔ xíng huì tán');
  });
});

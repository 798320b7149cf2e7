import { describe, expect, it } from 'vitest';
import { searchPriceTopic } from '../../../src/sites/alibaba/search/price-topic';

describe('searchPriceTopic', () => {
  it.each([
    [
      'https://www.alibaba.com/trade/search?fsb=y&IndexArea=product_en&SearchText=Fabric+bubble+sofa',
      'fabric bubble sofa',
    ],
    ['https://www.alibaba.com/trade/search?SearchText=Fabric%20Bubble%20%20Sofa!', 'fabric bubble sofa'],
    [
      'https://www.alibaba.com/search/page?SearchScene=proSearch&SearchText=pre-moistened+lens+cleaning+wipes+individually+wrapped&pro=true',
      'pre moistened lens cleaning wipes individually wrapped',
    ],
    ['https://www.alibaba.com/showroom/lens-wipes.html', 'lens wipes'],
    ['https://www.alibaba.com/products/sofa/CID44.html', 'sofa'],
    ['https://www.alibaba.com/catalog/x_cid0?SearchText=sofa&page=2', 'sofa'],
  ])('%s → %s', (url, topic) => {
    expect(searchPriceTopic(new URL(url))).toBe(topic);
  });

  it.each([
    'https://www.alibaba.com/trade/search?IndexArea=product_en',
    'https://www.alibaba.com/trade/search?SearchText=%E2%80%94',
    'https://www.alibaba.com/Sofas_p1',
  ])('names no topic for %s', (url) => {
    expect(searchPriceTopic(new URL(url))).toBeNull();
  });

  it('keeps a long search to 100 characters', () => {
    const long = `https://www.alibaba.com/trade/search?SearchText=${'sofa+'.repeat(50)}`;
    expect(searchPriceTopic(new URL(long))!.length).toBeLessThanOrEqual(100);
  });
});

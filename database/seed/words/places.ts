import { list } from './department-spec';

/**
 * The demo chain: its store names, codes, addresses and time zones, in opening order. Most sites
 * share the flagship's zone; a few further east or west make the chain span zones.
 */
export const CHAIN_NAME = 'Fresh Corner';

export const STORE_SITES = [
  { code: 'DTN', area: 'Downtown', address: '120 Main Street, Springfield', zone: 'America/Chicago' },
  { code: 'RVS', area: 'Riverside', address: '48 River Road, Springfield', zone: 'America/Chicago' },
  { code: 'OKP', area: 'Oak Park', address: '915 Oak Avenue, Springfield', zone: 'America/Chicago' },
  { code: 'HLC', area: 'Hillcrest', address: '2 Summit Drive, Hillcrest', zone: 'America/Chicago' },
  { code: 'LKS', area: 'Lakeside', address: '300 Shore Boulevard, Lakeside', zone: 'America/Detroit' },
  { code: 'WSF', area: 'Westfield', address: '77 Westfield Parkway, Westfield', zone: 'America/Indiana/Indianapolis' },
  { code: 'NGT', area: 'Northgate', address: '1450 North Gate Road, Springfield', zone: 'America/Chicago' },
  { code: 'SBK', area: 'Southbank', address: '19 Wharf Street, Southbank', zone: 'America/New_York' },
  { code: 'EWD', area: 'Eastwood', address: '620 Elm Street, Eastwood', zone: 'America/New_York' },
  { code: 'MDB', area: 'Meadowbrook', address: '88 Meadow Lane, Meadowbrook', zone: 'America/Chicago' },
  { code: 'CDR', area: 'Cedar Falls', address: '5 Falls Road, Cedar Falls', zone: 'America/Chicago' },
  { code: 'PNV', area: 'Pine Valley', address: '210 Valley Road, Pine Valley', zone: 'America/Denver' },
] as const;

/** First words of brand names; a department suffix ("Dairy", "Bakehouse") completes some of them. */
export const BRAND_WORDS = list(
  'Greenfield, Sunny Valley, Blue Ridge, Golden Acre, Harvest Moon, Meadowbrook, Riverbend, Oak Hollow, Silver Creek, Maple Grove, Red Barn, Stone Mill, Clearwater, Highland, Northwind, Pine Ridge, Willow, Bright Morning, Sweet Meadow, Hillside, Copper Kettle, Old Orchard, Cedar Lane, Summit, Bayview, Little Acorn, Wild Thyme, Country Pride, Heritage, Prairie Gold, Sunrise, Evergreen, Fox Hollow, Brookside, Windmill, Lighthouse, Three Oaks, Blue Heron, Morning Dew, Honeybee, Kettle Creek, Orchard Lane, Sea Breeze, Valley View, Misty Mountain, Sandy Point, Juniper, Granite Peak, Larkspur, Saddleback, Thistle, Birchwood, Amberfield, Crescent, Driftwood, Foxglove, Goldcrest, Hearthstone, Ivy Lane, Kingfisher, Lakeshore, Marigold, Nutmeg, Oakwood, Puffin, Quarry Hill, Rosehip, Sparrow, Tidewater, Upland, Verdant, Whitecliff, Yarrow, Zephyr, Bramble, Cloverleaf, Dovecote, Elmstead, Fernhill, Glenwood',
);

/** Supplier names: "<place> <department word> <kind>", e.g. "Valley Produce Co.". */
export const SUPPLIER_PLACES = list(
  'Valley, Northern, Coastal, Metro, Tri-County, Lakeshore, Heartland, Summit, Pacific, Atlantic, Midwest, Great Plains, Capital, Riverside, Prairie, Mountain',
);
export const SUPPLIER_KINDS = list('Co., Distributors, Wholesale, Supply, Trading, Partners');

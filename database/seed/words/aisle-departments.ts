import { FOOD, TAXED, list, type DepartmentSpec } from './department-spec';

/** Shelf-stable and non-food departments, delivered weekly or less often. */
export const AISLE_DEPARTMENTS: readonly DepartmentSpec[] = [
  {
    name: 'Pantry',
    skuPrefix: 'PAN',
    taxBp: FOOD,
    leadTimeDays: [5, 14],
    appeal: 1.5,
    brandSuffixes: list('Foods, Pantry, Kitchen, Provisions'),
    supplierWord: 'Foods',
    children: [
      {
        name: 'Pasta, Rice & Grains',
        items: list(
          'Spaghetti, Penne, Fusilli, Lasagne Sheets, Egg Noodles, Basmati Rice, Jasmine Rice, Long Grain Rice, Arborio Rice, Couscous, Quinoa, Rolled Oats',
        ),
        variants: list('Wholewheat, Organic, Gluten-Free, Quick Cook, Bronze Cut'),
        sizes: list('500 g, 1 kg, 2 kg, 5 kg'),
        price: [99, 349],
        caseSize: 12,
      },
      {
        name: 'Canned Goods',
        items: list(
          'Chopped Tomatoes, Baked Beans, Chickpeas, Kidney Beans, Sweetcorn, Tuna in Spring Water, Coconut Milk, Tomato Soup, Chicken Noodle Soup, Peaches in Juice, Black Beans',
        ),
        variants: list('Organic, Reduced Salt, No Added Sugar, Classic'),
        sizes: list('400 g, 4 x 400 g, 800 g'),
        price: [59, 199],
        caseSize: 24,
      },
      {
        name: 'Sauces & Condiments',
        items: list(
          'Tomato Ketchup, Mayonnaise, Yellow Mustard, Dijon Mustard, Soy Sauce, Pasta Sauce, Basil Pesto, BBQ Sauce, Hot Sauce, Extra Virgin Olive Oil, Sunflower Oil, Balsamic Vinegar',
        ),
        variants: list('Light, Organic, Squeezy, Classic, Spicy'),
        sizes: list('250 ml, 500 ml, 1 L'),
        price: [149, 599],
        caseSize: 12,
      },
      {
        name: 'Baking',
        items: list(
          'Plain Flour, Self-Raising Flour, Strong Bread Flour, Caster Sugar, Brown Sugar, Icing Sugar, Baking Powder, Vanilla Extract, Cocoa Powder, Dark Chocolate Chips, Dried Yeast',
        ),
        variants: list('Organic, Fairtrade, Unbleached, Fine'),
        sizes: list('100 g, 500 g, 1 kg, 2 kg'),
        price: [99, 349],
        caseSize: 12,
      },
      {
        name: 'Breakfast Cereal',
        items: list(
          'Corn Flakes, Granola, Muesli, Bran Flakes, Porridge Oats, Honey Nut Loops, Rice Pops, Wheat Biscuits, Frosted Flakes',
        ),
        variants: list('Crunchy, Low Sugar, Fruit & Nut, Organic, Chocolate'),
        sizes: list('375 g, 500 g, 750 g, 1 kg'),
        price: [229, 499],
        caseSize: 8,
      },
      {
        name: 'Spreads & Honey',
        items: list(
          'Peanut Butter, Strawberry Jam, Raspberry Jam, Orange Marmalade, Clear Honey, Chocolate Hazelnut Spread, Maple Syrup, Lemon Curd, Almond Butter',
        ),
        variants: list('Smooth, Crunchy, Organic, Reduced Sugar, Raw'),
        sizes: list('250 g, 340 g, 500 g, 1 kg'),
        price: [199, 599],
        caseSize: 12,
      },
    ],
  },
  {
    name: 'Snacks & Sweets',
    skuPrefix: 'SNA',
    taxBp: TAXED,
    leadTimeDays: [5, 10],
    appeal: 1.5,
    brandSuffixes: list('Snacks, Confectionery, Treats'),
    supplierWord: 'Snack',
    children: [
      {
        name: 'Chips & Crisps',
        items: list(
          'Sea Salt Chips, Salt & Vinegar Chips, Cheese & Onion Crisps, Tortilla Chips, Pretzels, Popcorn, Rice Cakes, Sour Cream & Onion Chips, Veggie Straws',
        ),
        variants: list('Kettle Cooked, Baked, Crinkle Cut, Lightly Salted, Extra Crunchy'),
        sizes: list('40 g, 150 g, 6 x 25 g, 300 g'),
        price: [99, 349],
        caseSize: 24,
      },
      {
        name: 'Chocolate & Candy',
        items: list(
          'Milk Chocolate Bar, Dark Chocolate Bar, Hazelnut Chocolate, Chocolate Buttons, Fruit Gums, Jelly Beans, Peppermints, Caramel Bar, Sour Worms',
        ),
        variants: list('Fairtrade, Sugar Free, Luxury, Sharing, Classic'),
        sizes: list('45 g, 100 g, 200 g, 400 g'),
        price: [89, 299],
        caseSize: 24,
      },
      {
        name: 'Cookies & Biscuits',
        items: list(
          'Chocolate Chip Cookies, Digestive Biscuits, Shortbread, Oatmeal Cookies, Ginger Snaps, Water Crackers, Wafers, Oat Crackers',
        ),
        variants: list('Double Chocolate, Butter, Wholegrain, Gluten-Free, Classic'),
        sizes: list('150 g, 300 g, 500 g'),
        price: [119, 349],
        caseSize: 12,
      },
      {
        name: 'Nuts & Dried Fruit',
        items: list(
          'Salted Peanuts, Cashews, Almonds, Mixed Nuts, Pistachios, Raisins, Dried Apricots, Trail Mix, Walnuts',
        ),
        variants: list('Roasted, Unsalted, Honey Roasted, Organic, Raw'),
        sizes: list('100 g, 200 g, 500 g, 1 kg'),
        price: [149, 449],
        caseSize: 12,
      },
    ],
  },
  {
    name: 'Beverages',
    skuPrefix: 'BEV',
    taxBp: FOOD,
    leadTimeDays: [3, 10],
    appeal: 2,
    brandSuffixes: list('Beverage Co., Drinks, Springs, Roasters'),
    supplierWord: 'Beverage',
    children: [
      {
        name: 'Soft Drinks',
        items: list(
          'Cola, Diet Cola, Lemon-Lime Soda, Ginger Ale, Orange Soda, Root Beer, Tonic Water, Energy Drink, Iced Tea, Cream Soda',
        ),
        variants: list('Zero Sugar, Classic, Caffeine Free, Original'),
        sizes: list('330 ml, 6 x 330 ml, 1.5 L, 12 x 330 ml'),
        price: [99, 249],
        caseSize: 24,
        taxBp: TAXED,
      },
      {
        name: 'Juice',
        items: list(
          'Orange Juice, Apple Juice, Cranberry Juice, Grape Juice, Pineapple Juice, Tomato Juice, Mango Smoothie, Berry Smoothie, Grapefruit Juice',
        ),
        variants: list('Not From Concentrate, Smooth, With Bits, Freshly Squeezed, Organic'),
        sizes: list('250 ml, 1 L, 1.75 L'),
        price: [129, 399],
        caseSize: 12,
      },
      {
        name: 'Water',
        items: list(
          'Still Water, Sparkling Water, Mineral Water, Lemon Flavoured Water, Coconut Water, Alkaline Water',
        ),
        variants: list('Natural, Spring, Lightly Sparkling, Glacier'),
        sizes: list('500 ml, 1.5 L, 6 x 500 ml, 24 x 500 ml'),
        price: [69, 199],
        caseSize: 24,
      },
      {
        name: 'Coffee & Tea',
        items: list(
          'Ground Coffee, Coffee Beans, Instant Coffee, Espresso Capsules, Black Tea, Green Tea, Earl Grey Tea, Chamomile Tea, Peppermint Tea, Decaf Coffee',
        ),
        variants: list('Dark Roast, Medium Roast, Fairtrade, Organic, Single Origin'),
        sizes: list('20 bags, 200 g, 80 bags, 500 g, 1 kg'),
        price: [249, 699],
        caseSize: 6,
      },
      {
        name: 'Beer & Wine',
        shelves: [
          {
            name: 'Beer & Cider',
            items: list('Lager, Pale Ale, IPA, Stout, Wheat Beer, Pilsner, Apple Cider, Amber Ale'),
            variants: list('Craft, Session, Alcohol Free, Small Batch, Export'),
            sizes: list('330 ml, 4 x 440 ml, 6 x 330 ml, 12 x 330 ml'),
            price: [199, 549],
            caseSize: 12,
            taxBp: TAXED,
          },
          {
            name: 'Wine',
            items: list(
              'Cabernet Sauvignon, Merlot, Pinot Noir, Chardonnay, Sauvignon Blanc, Rosé, Prosecco, Pinot Grigio, Malbec, Riesling',
            ),
            variants: list('Reserve, Estate, Organic, Old Vine, Classic'),
            sizes: list('187 ml, 750 ml, 1.5 L'),
            price: [399, 1499],
            caseSize: 6,
            taxBp: TAXED,
          },
        ],
      },
    ],
  },
  {
    name: 'Household',
    skuPrefix: 'HOU',
    taxBp: TAXED,
    leadTimeDays: [7, 14],
    appeal: 0.8,
    brandSuffixes: list('Home, Household, Clean'),
    supplierWord: 'Household',
    children: [
      {
        name: 'Cleaning',
        items: list(
          'All-Purpose Cleaner, Thick Bleach, Dish Soap, Dishwasher Tablets, Glass Cleaner, Scrub Sponges, Bin Bags, Antibacterial Wipes, Bathroom Cleaner',
        ),
        variants: list('Lemon, Fragrance Free, Eco, Pine, Original'),
        sizes: list('500 ml, 1 L, 30 pack, 60 pack'),
        price: [149, 699],
        caseSize: 12,
      },
      {
        name: 'Paper Goods',
        items: list(
          'Toilet Paper, Paper Towels, Facial Tissues, Paper Napkins, Aluminium Foil, Cling Film, Baking Paper',
        ),
        variants: list('Soft, Recycled, Extra Strong, Quilted'),
        sizes: list('4 rolls, 9 rolls, 12 rolls, 24 rolls'),
        price: [199, 899],
        caseSize: 6,
      },
      {
        name: 'Laundry',
        items: list('Laundry Detergent, Laundry Pods, Fabric Softener, Stain Remover, Washing Powder'),
        variants: list('Bio, Non-Bio, Sensitive, Spring Fresh, Colour'),
        sizes: list('20 washes, 40 washes, 1 L, 2 L'),
        price: [399, 1299],
        caseSize: 6,
      },
    ],
  },
  {
    name: 'Personal Care',
    skuPrefix: 'PER',
    taxBp: TAXED,
    leadTimeDays: [7, 21],
    appeal: 0.6,
    brandSuffixes: list('Care, Naturals, Botanics'),
    supplierWord: 'Health & Beauty',
    children: [
      {
        name: 'Hair Care',
        items: list('Shampoo, Conditioner, 2-in-1 Shampoo, Styling Gel, Dry Shampoo, Hair Mask'),
        variants: list('Volumising, Moisturising, Anti-Dandruff, Coconut, Argan Oil'),
        sizes: list('250 ml, 400 ml, 750 ml'),
        price: [299, 899],
        caseSize: 6,
      },
      {
        name: 'Oral Care',
        items: list('Toothpaste, Toothbrush, Mouthwash, Dental Floss, Whitening Strips'),
        variants: list('Whitening, Sensitive, Fresh Mint, Kids, Total Care'),
        sizes: list('75 ml, 2 pack, 500 ml'),
        price: [199, 699],
        caseSize: 12,
      },
      {
        name: 'Bath & Body',
        items: list('Body Wash, Bar Soap, Hand Soap, Deodorant, Body Lotion, Sunscreen SPF 30, Lip Balm'),
        variants: list('Sensitive, Shea Butter, Aloe Vera, Unscented, Fresh'),
        sizes: list('50 ml, 250 ml, 500 ml'),
        price: [149, 899],
        caseSize: 12,
      },
    ],
  },
  {
    name: 'Baby',
    skuPrefix: 'BAB',
    taxBp: TAXED,
    leadTimeDays: [7, 14],
    appeal: 0.5,
    brandSuffixes: list('Baby, Little Ones, Kids'),
    supplierWord: 'Baby Care',
    children: [
      {
        name: 'Baby Food',
        items: list(
          'Apple Puree, Carrot Puree, Baby Porridge, Banana Puree, Rice Cereal, Veggie Pouch, Teething Rusks',
        ),
        variants: list('Organic, Stage 1, Stage 2, No Added Sugar'),
        sizes: list('120 g, 4 x 120 g, 400 g'),
        price: [99, 399],
        caseSize: 12,
        taxBp: FOOD,
      },
      {
        name: 'Diapers & Wipes',
        items: list('Diapers Size 1, Diapers Size 3, Diapers Size 5, Baby Wipes, Nappy Cream, Swim Nappies'),
        variants: list('Sensitive, Eco, Ultra Dry, Fragrance Free'),
        sizes: list('small pack, value pack, jumbo pack'),
        price: [299, 1299],
        caseSize: 4,
      },
    ],
  },
];

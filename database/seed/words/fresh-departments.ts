import { FOOD, TAXED, list, type DepartmentSpec } from './department-spec';

/** Departments with short shelf lives and daily deliveries. */
export const FRESH_DEPARTMENTS: readonly DepartmentSpec[] = [
  {
    name: 'Produce',
    skuPrefix: 'PRO',
    taxBp: FOOD,
    leadTimeDays: [1, 2],
    appeal: 3,
    brandSuffixes: list('Farms, Growers, Orchards, Fresh'),
    supplierWord: 'Produce',
    children: [
      {
        name: 'Fruit',
        items: list(
          'Bananas, Gala Apples, Honeycrisp Apples, Navel Oranges, Lemons, Limes, Seedless Grapes, Strawberries, Blueberries, Raspberries, Conference Pears, Peaches, Mangoes, Pineapple, Avocados, Kiwi Fruit, Clementines, Cherries',
        ),
        variants: list('Organic, Local, Premium, Ripe & Ready, Sweet'),
        sizes: list('250 g, 500 g, 1 kg, 2 kg'),
        price: [89, 349],
        caseSize: 10,
        loose: true,
      },
      {
        name: 'Vegetables',
        items: list(
          'Carrots, Broccoli, Cauliflower, Russet Potatoes, Sweet Potatoes, Yellow Onions, Red Onions, Garlic, Vine Tomatoes, Cherry Tomatoes, Cucumbers, Bell Peppers, Zucchini, Mushrooms, Green Beans, Celery, Corn on the Cob, Leeks',
        ),
        variants: list('Organic, Local, Baby, Washed, Farm Fresh'),
        sizes: list('500 g, 1 kg, 2.5 kg'),
        price: [69, 299],
        caseSize: 10,
        loose: true,
      },
      {
        name: 'Salad & Herbs',
        items: list(
          'Romaine Lettuce, Iceberg Lettuce, Mixed Salad Leaves, Baby Spinach, Rocket, Basil, Coriander, Flat Leaf Parsley, Mint, Spring Onions, Kale',
        ),
        variants: list('Organic, Washed, Crisp, Living'),
        sizes: list('30 g, 100 g, 200 g'),
        price: [99, 249],
        caseSize: 12,
      },
    ],
  },
  {
    name: 'Dairy & Eggs',
    skuPrefix: 'DAI',
    taxBp: FOOD,
    leadTimeDays: [1, 3],
    appeal: 3,
    brandSuffixes: list('Dairy, Creamery, Farms'),
    supplierWord: 'Dairy',
    children: [
      {
        name: 'Milk',
        items: list(
          'Whole Milk, Semi-Skimmed Milk, Skim Milk, Lactose-Free Milk, Oat Milk, Almond Milk, Soy Milk, Chocolate Milk, Buttermilk, Goat Milk',
        ),
        variants: list('Organic, Farm Fresh, Barista, Grass-Fed, Filtered'),
        sizes: list('500 ml, 1 L, 2 L, 4 L'),
        price: [99, 219],
        caseSize: 12,
      },
      {
        name: 'Cheese',
        shelves: [
          {
            name: 'Hard Cheese',
            items: list(
              'Mature Cheddar, Mild Cheddar, Parmesan, Gouda, Emmental, Gruyère, Red Leicester, Manchego, Pecorino, Monterey Jack',
            ),
            variants: list('Aged, Grated, Sliced, Extra Mature, Smoked'),
            sizes: list('150 g, 250 g, 400 g, 1 kg'),
            price: [249, 549],
            caseSize: 6,
          },
          {
            name: 'Soft Cheese',
            items: list(
              'Brie, Camembert, Mozzarella, Feta, Ricotta, Cream Cheese, Goat Cheese, Mascarpone, Halloumi, Cottage Cheese',
            ),
            variants: list('Light, Organic, Creamy, Herb, Classic'),
            sizes: list('125 g, 200 g, 300 g'),
            price: [199, 449],
            caseSize: 6,
          },
        ],
      },
      {
        name: 'Yogurt',
        items: list(
          'Greek Yogurt, Natural Yogurt, Strawberry Yogurt, Vanilla Yogurt, Blueberry Yogurt, Peach Yogurt, Skyr, Kefir, Drinking Yogurt, Coconut Yogurt',
        ),
        variants: list('Low Fat, Organic, Whole Milk, High Protein, Fat Free'),
        sizes: list('125 g, 4 x 125 g, 500 g, 1 kg'),
        price: [79, 199],
        caseSize: 12,
      },
      {
        name: 'Butter & Cream',
        items: list(
          'Salted Butter, Unsalted Butter, Spreadable Butter, Double Cream, Single Cream, Whipping Cream, Sour Cream, Crème Fraîche, Clotted Cream',
        ),
        variants: list('Organic, Grass-Fed, Light, Cultured'),
        sizes: list('150 ml, 250 g, 300 ml, 500 g'),
        price: [149, 399],
        caseSize: 12,
      },
      {
        name: 'Eggs',
        items: list('Large Eggs, Medium Eggs, Brown Eggs, Duck Eggs, Quail Eggs, Omega-3 Eggs'),
        variants: list('Free Range, Organic, Barn, Pasture-Raised'),
        sizes: list('6 pack, 12 pack, 18 pack'),
        price: [199, 449],
        caseSize: 12,
      },
    ],
  },
  {
    name: 'Bakery',
    skuPrefix: 'BAK',
    taxBp: FOOD,
    leadTimeDays: [1, 2],
    appeal: 2.5,
    brandSuffixes: list('Bakery, Bakehouse, Mill'),
    supplierWord: 'Bakery',
    children: [
      {
        name: 'Bread',
        items: list(
          'White Sandwich Bread, Wholemeal Bread, Sourdough Loaf, Rye Bread, Multigrain Bread, Baguette, Ciabatta, Bagels, Brioche Buns, Tortilla Wraps, Pita Bread, English Muffins',
        ),
        variants: list('Seeded, Stone Baked, Thick Sliced, Gluten-Free, Artisan'),
        sizes: list('400 g, 800 g, 6 pack, 12 pack'),
        price: [129, 449],
        caseSize: 8,
      },
      {
        name: 'Cakes & Pastries',
        items: list(
          'Croissants, Pain au Chocolat, Cinnamon Rolls, Blueberry Muffins, Chocolate Muffins, Carrot Cake, Lemon Drizzle Cake, Danish Pastries, Glazed Doughnuts, Chocolate Brownies',
        ),
        variants: list('All Butter, Mini, Freshly Baked, Luxury'),
        sizes: list('2 pack, 4 pack, 6 pack'),
        price: [199, 499],
        caseSize: 6,
      },
    ],
  },
  {
    name: 'Meat & Seafood',
    skuPrefix: 'MEA',
    taxBp: FOOD,
    leadTimeDays: [1, 3],
    appeal: 1.5,
    brandSuffixes: list('Butchers, Farms, Smokehouse, Seafood'),
    supplierWord: 'Meats',
    children: [
      {
        name: 'Beef & Pork',
        items: list(
          'Ground Beef, Sirloin Steak, Ribeye Steak, Pork Chops, Pork Sausages, Smoked Bacon, Pork Loin, Beef Stew Meat, Pulled Pork',
        ),
        variants: list('Grass-Fed, Lean, Free Range, Dry Aged, Outdoor Bred'),
        sizes: list('250 g, 500 g, 1 kg'),
        price: [349, 999],
        caseSize: 6,
      },
      {
        name: 'Poultry',
        items: list(
          'Chicken Breasts, Chicken Thighs, Whole Chicken, Chicken Wings, Chicken Drumsticks, Turkey Mince, Turkey Breast, Duck Legs',
        ),
        variants: list('Free Range, Organic, Corn-Fed, Skinless, Marinated'),
        sizes: list('400 g, 1 kg, 2 kg'),
        price: [399, 899],
        caseSize: 6,
      },
      {
        name: 'Fish & Seafood',
        items: list(
          'Salmon Fillets, Cod Fillets, Raw Prawns, Cooked Prawns, Tuna Steaks, Smoked Salmon, Sea Bass Fillets, Mussels, Haddock Fillets',
        ),
        variants: list('Wild, Responsibly Sourced, Line Caught, Skin-On, Boneless'),
        sizes: list('200 g, 400 g, 1 kg'),
        price: [449, 1099],
        caseSize: 6,
      },
      {
        name: 'Deli',
        items: list(
          'Sliced Ham, Salami, Chorizo, Pastrami, Roast Turkey Slices, Prosciutto, Hummus, Coleslaw, Potato Salad',
        ),
        variants: list('Thinly Sliced, Honey Roast, Smoked, Classic, Italian'),
        sizes: list('100 g, 200 g, 400 g'),
        price: [199, 599],
        caseSize: 10,
      },
    ],
  },
  {
    name: 'Frozen',
    skuPrefix: 'FRO',
    taxBp: FOOD,
    leadTimeDays: [3, 7],
    appeal: 1,
    brandSuffixes: list('Frozen Foods, Kitchen, Foods'),
    supplierWord: 'Frozen',
    children: [
      {
        name: 'Frozen Vegetables',
        items: list(
          'Garden Peas, Mixed Vegetables, Sweetcorn, Broccoli Florets, Leaf Spinach, Edamame, French Fries, Hash Browns, Sweet Potato Fries',
        ),
        variants: list('Steam Bag, Organic, Crinkle Cut, Extra Fine'),
        sizes: list('500 g, 1 kg, 1.5 kg'),
        price: [129, 349],
        caseSize: 12,
      },
      {
        name: 'Ice Cream & Desserts',
        items: list(
          'Vanilla Ice Cream, Chocolate Ice Cream, Strawberry Ice Cream, Cookie Dough Ice Cream, Ice Lollies, Frozen Yogurt, Mango Sorbet, Salted Caramel Ice Cream',
        ),
        variants: list('Dairy Free, Luxury, Light, Soft Scoop'),
        sizes: list('4 pack, 500 ml, 1 L, 2 L'),
        price: [249, 599],
        caseSize: 6,
        taxBp: TAXED,
      },
      {
        name: 'Frozen Meals',
        items: list(
          'Margherita Pizza, Pepperoni Pizza, Chicken Nuggets, Fish Fingers, Beef Lasagne, Macaroni Cheese, Vegetable Curry, Pork Dumplings, Veggie Burgers',
        ),
        variants: list('Stone Baked, Family Size, Deep Pan, Crispy, Classic'),
        sizes: list('300 g, 400 g, 900 g'),
        price: [249, 699],
        caseSize: 8,
      },
    ],
  },
];

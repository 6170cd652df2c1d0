import type { DemoTimeline } from './demo-timeline.ts';
import { BLOG_POSTS, PRODUCTS, SEARCH_TERMS, SHOP_ARTICLES } from './demo-catalog.ts';
import type { SeededRandom } from './seeded-random.ts';

/** One thing a visitor does: a page view (`screen_view` with a path) or a custom event on the current page. */
export interface JourneyStep {
  name: string;
  path: string;
  title: string;
  properties?: Record<string, string>;
  /** The visitor signs up here: from this step on, events carry the new profile id. */
  identifies?: boolean;
}

export type JourneyKind = 'bounce' | 'reader' | 'explorer' | 'signup' | 'purchase';

const view = (path: string, title: string): JourneyStep => ({ name: 'screen_view', path, title });
const on = (page: JourneyStep, name: string, properties: Record<string, string>) => ({
  name,
  path: page.path,
  title: page.title,
  properties,
});

/**
 * The shop's journey mix at a session's start. The two product milestones are step changes, so the
 * references line up with visible jumps: sign-ups more than double after "Launch v2", purchases double after
 * "Pricing page redesign".
 */
export function shopJourneyWeights(at: Date, timeline: DemoTimeline, member: boolean) {
  const t = at.getTime();
  const signup = member ? 0 : t >= timeline.launchV2.getTime() ? 6 : 2.2;
  const purchase = (t >= timeline.pricingRedesign.getTime() ? 5.5 : 2.6) * (member ? 2 : 1);
  return [
    ['bounce', 38],
    ['reader', 20],
    ['explorer', 30],
    ['signup', signup],
    ['purchase', purchase],
  ] as const satisfies readonly (readonly [JourneyKind, number])[];
}

export const BLOG_JOURNEY_WEIGHTS = [
  ['bounce', 55],
  ['reader', 45],
] as const satisfies readonly (readonly [JourneyKind, number])[];

function productPage(random: SeededRandom) {
  const product = random.pick(PRODUCTS);
  return { product, page: view(`/products/${product.slug}`, `${product.name} – Demo Shop`) };
}

function shopLanding(random: SeededRandom): JourneyStep {
  return random.weighted([
    [view('/', 'Demo Shop'), 45],
    [productPage(random).page, 30],
    [view(`/blog/${random.pick(SHOP_ARTICLES)}`, 'Blog – Demo Shop'), 15],
    [view('/pricing', 'Pricing – Demo Shop'), 10],
  ]);
}

/** Rounded like a price a person would see; the worker stores numbers as their JS string form (§12.12). */
const money = (value: number) => String(Math.round(value * 100) / 100);

export function shopJourney(kind: JourneyKind, random: SeededRandom): JourneyStep[] {
  const landing = shopLanding(random);
  const steps: JourneyStep[] = [landing];
  if (kind === 'bounce') return steps;
  if (kind === 'reader') {
    for (let i = random.int(1, 3); i > 0; i -= 1) {
      steps.push(view(`/blog/${random.pick(SHOP_ARTICLES)}`, 'Blog – Demo Shop'));
    }
    const last = steps[steps.length - 1]!;
    if (random.chance(0.15))
      steps.push(on(last, 'newsletter_subscribe', { source: 'blog_footer' }));
    return steps;
  }
  if (kind === 'explorer') {
    const term = random.pick(SEARCH_TERMS);
    steps.push(on(landing, 'search', { query: term }));
    for (let i = random.int(1, 4); i > 0; i -= 1) {
      const { product, page } = productPage(random);
      steps.push(page);
      if (random.chance(0.18)) {
        steps.push(
          on(page, 'add_to_cart', {
            product_id: product.slug,
            price: money(product.price),
            quantity: '1',
          }),
        );
      }
    }
    if (random.chance(0.25)) steps.push(view('/pricing', 'Pricing – Demo Shop'));
    return steps;
  }
  if (kind === 'signup') {
    const pricing = view('/pricing', 'Pricing – Demo Shop');
    const signup = view('/signup', 'Create account – Demo Shop');
    steps.push(pricing, signup);
    steps.push({
      ...on(signup, 'sign_up', { method: random.pick(['email', 'email', 'google']) }),
      identifies: true,
    });
    steps.push(view('/account', 'Your account – Demo Shop'));
    if (random.chance(0.3))
      steps.push(on(steps[steps.length - 1]!, 'newsletter_subscribe', { source: 'onboarding' }));
    return steps;
  }
  // purchase
  let total = 0;
  let items = 0;
  for (let i = random.int(1, 3); i > 0; i -= 1) {
    const { product, page } = productPage(random);
    const quantity = random.chance(0.15) ? 2 : 1;
    steps.push(
      page,
      on(page, 'add_to_cart', {
        product_id: product.slug,
        price: money(product.price),
        quantity: String(quantity),
      }),
    );
    total += product.price * quantity;
    items += quantity;
  }
  const checkout = view('/checkout', 'Checkout – Demo Shop');
  steps.push(view('/cart', 'Cart – Demo Shop'), checkout);
  steps.push(
    on(checkout, 'purchase', { total: money(total), currency: 'USD', items: String(items) }),
  );
  steps.push(view('/checkout/success', 'Thank you – Demo Shop'));
  return steps;
}

export function blogJourney(kind: JourneyKind, random: SeededRandom): JourneyStep[] {
  const post = () => view(`/posts/${random.pick(BLOG_POSTS)}`, 'Company Blog');
  const steps: JourneyStep[] = [random.chance(0.7) ? post() : view('/', 'Company Blog')];
  if (kind === 'bounce') return steps;
  for (let i = random.int(1, 3); i > 0; i -= 1)
    steps.push(random.chance(0.1) ? view('/about', 'About') : post());
  if (random.chance(0.12))
    steps.push(on(steps[steps.length - 1]!, 'newsletter_subscribe', { source: 'post_footer' }));
  return steps;
}

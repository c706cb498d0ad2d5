import type { Suggestion } from '../../../shared/contract/recommendations';

/** Why a product is suggested, in the words shown beside it. */
export function reasonText(reason: Suggestion['reason']): string {
  const name = reason.because?.name ?? 'another product';
  switch (reason.kind) {
    case 'buy_again':
      return reason.times === 1 ? 'Bought it before' : `Bought it ${reason.times ?? 'several'} times`;
    case 'you_bought':
      return `Goes with ${name}, which they bought`;
    case 'you_carted':
      return `Goes with ${name}, which they put in a cart`;
    case 'you_viewed':
      return `Goes with ${name}, which they looked at`;
    case 'you_rated':
      return `Goes with ${name}, which they rated well`;
    case 'bought_together':
      return `Often bought with ${name}`;
    case 'viewed_together':
      return `Often viewed with ${name}`;
    case 'popular':
      return 'Popular now';
    case 'promoted':
      return 'Promoted';
  }
}

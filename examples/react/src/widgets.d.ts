// JSX types for the hub's elements, taken from their classes and event types, so React checks every prop and event.
import type { HTMLAttributes, Ref } from 'react';
import type {
  ExpertSelectEvent,
  MnhExpertFinder,
  MnhPracticeDetail,
  MnhPracticeList,
  MnhProvider,
  PracticeSelectEvent,
} from '@mnh/widgets';

/** The usual HTML attributes, a ref to the element, and the element's own properties (React 19 sets them as properties). */
type ElementProps<E extends HTMLElement, K extends keyof E> = Omit<HTMLAttributes<E>, K & string> &
  Partial<Pick<E, K>> & { ref?: Ref<E> };

/** Shared by every widget: where the hub is, the interface language, the colour scheme, or a client of the page's own. */
type Common = 'api' | 'lang' | 'colorScheme' | 'client';

declare module 'react' {
  // React's JSX types live in this namespace; augmenting it is how custom elements join them.
  namespace JSX {
    interface IntrinsicElements {
      'mnh-provider': ElementProps<MnhProvider, 'api' | 'lang'>;
      'mnh-practice-list': ElementProps<
        MnhPracticeList,
        | Common
        | 'objective'
        | 'principle'
        | 'theme'
        | 'region'
        | 'country'
        | 'scope'
        | 'language'
        | 'q'
        | 'sort'
        | 'limit'
        | 'layout'
        | 'filters'
        | 'syncUrl'
      > & { 'onmnh-select'?: (event: PracticeSelectEvent) => void };
      'mnh-practice-detail': ElementProps<MnhPracticeDetail, Common | 'practice'>;
      'mnh-expert-finder': ElementProps<MnhExpertFinder, Common | 'q' | 'expertise' | 'region' | 'language' | 'limit'> & {
        'onmnh-select'?: (event: ExpertSelectEvent) => void;
      };
    }
  }
}

// JSX types for the hub's elements, taken from their classes, so React checks every prop and event.
import type { HTMLAttributes, Ref } from 'react';
import type { MnhExpertFinder, MnhPracticeDetail, MnhPracticeList, MnhProvider } from '@mnh/widgets';

/** The usual HTML attributes, a ref to the element, and the element's own properties (React 19 sets them as properties). */
type ElementProps<E extends HTMLElement, K extends keyof E> = Omit<HTMLAttributes<E>, K & string> &
  Partial<Pick<E, K>> & { ref?: Ref<E> };

/** Shared by every widget: where the hub is, the interface language, the colour scheme, or a client of the page's own. */
type Common = 'api' | 'lang' | 'colorScheme' | 'client';

/** `mnh-select` from <mnh-practice-list>: cancel it to show the practice yourself instead of the built-in dialog. */
export type PracticeSelectEvent = CustomEvent<{ id: string; slug: string }>;
/** `mnh-select` from <mnh-expert-finder>: cancel it to show the profile yourself. */
export type ExpertSelectEvent = CustomEvent<{ id: string }>;

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

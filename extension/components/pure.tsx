import { Component, type FunctionComponent } from 'preact';

/** Same props, same output: skips re-rendering unless `equal` says the props changed (shallow by default). */
export function pure<P extends object>(Render: FunctionComponent<P>, equal: (a: P, b: P) => boolean = shallowEqual) {
  class Pure extends Component<P> {
    override shouldComponentUpdate(next: P) {
      return !equal(this.props, next);
    }
    override render(props: P) {
      return <Render {...props} />;
    }
  }
  return Pure;
}

export function shallowEqual<P extends object>(a: P, b: P): boolean {
  const keys = Object.keys(a) as (keyof P)[];
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((k) => Object.is(a[k], b[k]));
}

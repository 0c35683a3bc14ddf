import type { ReactNode } from 'react';

interface RenderPropProps<Value> {
  render: (value: Value) => ReactNode;
  value: Value;
}

/**
 * An app's render function (a hand-off UI, a renderer from `renderers`) as an element of its own:
 * the function runs when React renders it, so one that throws is caught by whatever draws it
 * (the kit's render guards and their safety net) instead of failing its caller, outside every guard.
 */
export function RenderProp<Value>({ render, value }: RenderPropProps<Value>): ReactNode {
  return render(value);
}

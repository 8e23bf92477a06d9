import { useEffect, useRef, type ReactNode } from 'react';

/** A list item whose text field takes the keyboard when it is new, so the team types straight in. */
export function FieldItem({
  focus,
  className,
  children,
}: {
  focus: boolean;
  className?: string;
  children: ReactNode;
}) {
  const item = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (focus) item.current?.querySelector('textarea')?.focus();
  }, [focus]);
  return (
    <li ref={item} className={className}>
      {children}
    </li>
  );
}

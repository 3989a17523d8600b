// Reading widget attributes that hold several values, as the lists' filters do ("5,6").

/** The comma-separated values of an attribute, trimmed; undefined when there are none, so no filter is sent. */
export function many(value: string): string[] | undefined {
  const values = value.split(',').map((v) => v.trim()).filter(Boolean);
  return values.length ? values : undefined;
}

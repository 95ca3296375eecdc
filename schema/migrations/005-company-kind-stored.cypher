// A company's kind is always stored (the writers give a company no mention typed the
// vocabulary's default, COMPANY), so reads no longer fill it in. A graph written by an
// older version may hold companies without one: they get the default here, once; the
// statement finds none on every later start.
MATCH (c:Company) WHERE c.kind IS NULL SET c.kind = 'COMPANY';

// Sprig's urlParse and urlJoin (url.go) over Go's net/url (_gourl.ts), plus the network
// leftover `getHostByName`, which Helm replaces with a function returning "" unless DNS
// lookups are enabled (they are not for `helm template`).
import { type FuncMap, type GoValue, FuncError, Int64, newMap, isMap, GoStruct } from '../gotemplate/value';
import { parseURL, hostname, userinfoString, urlString, newURL, URLError, type URL } from './_gourl';

function urlParse(v: string): GoValue {
  let u: URL;
  try {
    u = parseURL(v);
  } catch (e) {
    if (e instanceof URLError) throw new FuncError(`unable to parse url: ${e.message}`);
    throw e;
  }
  const dict = newMap();
  dict.scheme = u.scheme;
  dict.host = u.host;
  dict.hostname = hostname(u);
  dict.path = u.path;
  dict.query = u.rawQuery;
  dict.opaque = u.opaque;
  dict.fragment = u.fragment;
  dict.userinfo = u.user ? userinfoString(u.user) : '';
  return dict;
}

// reflect.Kind names, as dictGetOrEmpty's panic prints them.
function kindName(v: GoValue): string {
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'bigint') return 'int';
  if (v instanceof Int64) return 'int64';
  if (typeof v === 'number') return 'float64';
  if (Array.isArray(v) || v instanceof Uint8Array) return 'slice';
  if (v instanceof GoStruct) return v.typeName.startsWith('*') ? 'ptr' : 'struct';
  if (isMap(v)) return 'map';
  return 'func';
}

function dictGetOrEmpty(dict: Record<string, GoValue>, key: string): string {
  if (!Object.prototype.hasOwnProperty.call(dict, key)) return '';
  const value = dict[key];
  // reflect.TypeOf(nil).Kind() dereferences a nil Type: a runtime panic in Go.
  if (value === null || value === undefined) throw new FuncError('runtime error: invalid memory address or nil pointer dereference');
  if (typeof value !== 'string') throw new FuncError(`unable to parse ${key} key, must be of type string, but ${kindName(value)} found`);
  return value;
}

function urlJoin(d: Record<string, GoValue>): string {
  const u: URL = newURL();
  u.scheme = dictGetOrEmpty(d, 'scheme');
  u.host = dictGetOrEmpty(d, 'host');
  u.path = dictGetOrEmpty(d, 'path');
  u.rawQuery = dictGetOrEmpty(d, 'query');
  u.opaque = dictGetOrEmpty(d, 'opaque');
  u.fragment = dictGetOrEmpty(d, 'fragment');
  const userinfo = dictGetOrEmpty(d, 'userinfo');
  if (userinfo !== '') {
    try {
      u.user = parseURL(`proto://${userinfo}@host`).user;
    } catch (e) {
      if (e instanceof URLError) throw new FuncError(`unable to parse userinfo in dict: ${e.message}`);
      throw e;
    }
  }
  return urlString(u);
}

export const funcs: FuncMap = {
  urlParse: { params: ['string'], fn: urlParse },
  urlJoin: { params: ['map'], fn: urlJoin },
  getHostByName: { params: ['string'], fn: () => '' },
};

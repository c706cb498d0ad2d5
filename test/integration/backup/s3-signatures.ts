import { createHash, createHmac } from 'node:crypto';
import type S3rver from 's3rver';
import AWSAccount from 's3rver/lib/models/account';
import S3Error from 's3rver/lib/models/error';

/**
 * s3rver 3.7 checks an access key id against its accounts, but computes only version 2
 * signatures: its authentication middleware lets a SigV4 request with a known key id in whatever
 * its signature (and `allowMismatchedSignatures` plays no part). The AWS SDK v3 signs only SigV4,
 * so without this a wrong secret would pass. This recomputes the signature of each header-signed
 * request from what arrived (AWS's documented SigV4 algorithm, written apart from the SDK's
 * signer) with the secret s3rver keeps for that key id, and answers a mismatch with s3rver's own
 * SignatureDoesNotMatch error. An unknown key id is left to s3rver, which refuses it itself.
 * The payload hash is taken from x-amz-content-sha256 as signed; the body is not hashed again
 * (every backup is verified end to end on the way back).
 */
export function requireSignatures(server: S3rver): void {
  server.middleware.unshift(async (ctx, next) => {
    const authorization = ctx.get('authorization');
    if (ctx.get('x-amz-content-sha256') === 'STREAMING-AWS4-HMAC-SHA256-PAYLOAD') {
      // Signed chunks carry signatures of their own, which nothing here would check.
      throw new S3Error('NotImplemented', 'This test server does not check signed payload chunks.');
    } else if (authorization.startsWith('AWS4-HMAC-SHA256 ')) {
      const secret = secretOf(authorization);
      if (secret !== null && !signatureMatches(ctx.method, ctx.req.url ?? '/', ctx.headers, authorization, secret))
        throw new S3Error(
          'SignatureDoesNotMatch',
          'The request signature we calculated does not match the signature you provided. Check your key and signing method.',
        );
    } else if (authorization !== '' || 'X-Amz-Signature' in ctx.query || 'Signature' in ctx.query) {
      // Only header-signed SigV4 is checked here: anything else would go unchecked, so it is refused.
      throw new S3Error('NotImplemented', 'This test server checks only SigV4 Authorization headers.');
    }
    await next();
  });
}

function secretOf(authorization: string): string | null {
  const keyId = /Credential=([^/]+)\//.exec(authorization)?.[1] ?? '';
  return AWSAccount.registry.get(keyId)?.accessKeys.get(keyId) ?? null;
}

/** RFC 3986 encoding, as SigV4 wants for query names and values. */
function encode(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function signatureMatches(
  method: string,
  url: string,
  headers: Record<string, string | string[] | undefined>,
  authorization: string,
  secret: string,
): boolean {
  const fields = Object.fromEntries(
    authorization
      .slice('AWS4-HMAC-SHA256 '.length)
      .split(',')
      .map((part) => part.trim().split('=') as [string, string]),
  );
  const [keyId, date, region, service] = (fields.Credential ?? '').split('/');
  const signedHeaders = (fields.SignedHeaders ?? '').split(';');
  const [path, query = ''] = url.split('?', 2) as [string, string?];
  const canonicalQuery = query
    .split('&')
    .filter(Boolean)
    .map((pair) => {
      const [name = '', value = ''] = pair.split('=', 2);
      return [encode(decodeURIComponent(name)), encode(decodeURIComponent(value))] as const;
    })
    .sort(([a, x], [b, y]) => (a === b ? (x < y ? -1 : 1) : a < b ? -1 : 1))
    .map(([name, value]) => `${name}=${value}`)
    .join('&');
  const headerValue = (name: string) => [headers[name] ?? ''].flat().join(',').trim().replace(/\s+/g, ' ');
  const canonicalRequest = [
    method,
    path, // S3 signs the path as sent, encoded once
    canonicalQuery,
    signedHeaders.map((name) => `${name}:${headerValue(name)}\n`).join(''),
    signedHeaders.join(';'),
    headerValue('x-amz-content-sha256'),
  ].join('\n');
  const scope = `${date}/${region}/${service}/aws4_request`;
  const stringToSign = [
    'AWS4-HMAC-SHA256',
    headerValue('x-amz-date'),
    scope,
    createHash('sha256').update(canonicalRequest).digest('hex'),
  ].join('\n');
  const key = [date, region, service, 'aws4_request'].reduce<Buffer | string>(
    (previous, part) =>
      createHmac('sha256', previous)
        .update(part ?? '')
        .digest(),
    `AWS4${secret}`,
  );
  return keyId !== undefined && createHmac('sha256', key).update(stringToSign).digest('hex') === fields.Signature;
}

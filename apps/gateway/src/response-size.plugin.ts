import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { isAsyncIterable } from '@graphql-tools/utils';
import type { ExecutionResult } from 'graphql';
import type { GatewayLimits } from './gateway-limits';
import { limitProblem } from './limit-refusals';

type SerialisableResult = ExecutionResult & { stringify?: (result: ExecutionResult) => string };

/**
 * Replaces a response bigger than `maxResponseBytes` by a refusal (`RESPONSE_TOO_LARGE`), measured on
 * the very text that would have been sent, so the result is serialised once.
 */
export function useResponseSize(limits: GatewayLimits): GatewayPlugin {
  const problem = limitProblem('RESPONSE_TOO_LARGE', limits.maxResponseBytes);
  const refusal = JSON.stringify({ errors: [{ message: problem.message, extensions: { code: 'BAD_USER_INPUT', problems: [problem] } }] });
  const capped = (result: SerialisableResult): SerialisableResult => ({
    ...result,
    stringify: (sanitised) => {
      const text = (result.stringify ?? JSON.stringify)(sanitised);
      return Buffer.byteLength(text) > limits.maxResponseBytes ? refusal : text;
    },
  });
  return {
    onResultProcess({ result, setResult }) {
      if (isAsyncIterable(result)) return;
      setResult(Array.isArray(result) ? result.map(capped) : capped(result));
    },
  };
}

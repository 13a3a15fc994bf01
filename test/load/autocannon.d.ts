// The parts of autocannon 9's API the load script uses (the package ships no types).
declare module 'autocannon' {
  interface Histogram { average: number; mean: number; stddev: number; min: number; max: number; p50: number; p90: number; p97_5: number; p99: number; total: number }
  interface Request { method?: string; path: string; headers?: Record<string, string>; body?: string }
  interface Options { url: string; connections?: number; duration?: number; pipelining?: number; timeout?: number; requests?: Request[]; headers?: Record<string, string> }
  interface Result { requests: Histogram; latency: Histogram; throughput: Histogram; errors: number; timeouts: number; non2xx: number; '2xx': number; duration: number; statusCodeStats?: Record<string, { count: number }> }
  function autocannon(opts: Options): Promise<Result>;
  export default autocannon;
}

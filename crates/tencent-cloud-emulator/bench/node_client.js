// Round trips/s of the official Node SDK against the emulator: `tencentcloud-sdk-nodejs`
// (every service), else the cvm-only `tencentcloud-sdk-nodejs-cvm`, from NODE_PATH.
// argv: endpoint (127.0.0.1:PORT) secret_id secret_key seconds
// Prints: {"calls": N, "seconds": S}
const [endpoint, secretId, secretKey, seconds] = process.argv.slice(2);
let sdk;
try {
  sdk = require("tencentcloud-sdk-nodejs");
} catch (e) {
  sdk = require("tencentcloud-sdk-nodejs-cvm");
}
const cvm = sdk.cvm.v20170312.Client;
const client = new cvm({
  credential: { secretId, secretKey },
  region: "ap-guangzhou",
  profile: { httpProfile: { endpoint, protocol: "http://" } },
});
(async () => {
  await client.DescribeRegions({}); // warm up
  let calls = 0;
  const start = process.hrtime.bigint();
  const limit = BigInt(Math.round(Number(seconds) * 1e9));
  while (process.hrtime.bigint() - start < limit) {
    await client.DescribeRegions({});
    calls += 1;
  }
  console.log(JSON.stringify({ calls, seconds: Number(process.hrtime.bigint() - start) / 1e9 }));
})().catch((e) => {
  console.error(String(e));
  process.exit(1);
});

"""Round trips/s of the official Python SDK against the emulator.

argv: endpoint (127.0.0.1:PORT) secret_id secret_key seconds
Prints: {"calls": N, "seconds": S}
"""
import json
import sys
import time

from tencentcloud.common import credential
from tencentcloud.common.common_client import CommonClient
from tencentcloud.common.profile.client_profile import ClientProfile
from tencentcloud.common.profile.http_profile import HttpProfile

endpoint, secret_id, secret_key, seconds = sys.argv[1], sys.argv[2], sys.argv[3], float(sys.argv[4])
http = HttpProfile(endpoint=endpoint, keepAlive=True)
http.scheme = "http"
client = CommonClient("cvm", "2017-03-12", credential.Credential(secret_id, secret_key), "ap-guangzhou",
                      profile=ClientProfile(httpProfile=http))
client.call_json("DescribeRegions", {})  # warm up
calls = 0
start = time.perf_counter()
while time.perf_counter() - start < seconds:
    client.call_json("DescribeRegions", {})
    calls += 1
print(json.dumps({"calls": calls, "seconds": time.perf_counter() - start}))

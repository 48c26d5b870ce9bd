"""Calls the tc-emulator with the official Python SDK (tencentcloud-sdk-python-common).

argv: endpoint (127.0.0.1:PORT) secret_id secret_key
Prints one JSON object: for each case, the Response or the error code.
"""
import json
import sys

from tencentcloud.common import credential
from tencentcloud.common.common_client import CommonClient
from tencentcloud.common.exception.tencent_cloud_sdk_exception import TencentCloudSDKException
from tencentcloud.common.profile.client_profile import ClientProfile
from tencentcloud.common.profile.http_profile import HttpProfile

endpoint, secret_id, secret_key = sys.argv[1:4]


def call(sign_method, method, key, action="DescribeRegions", params=None):
    http = HttpProfile(endpoint=endpoint, reqMethod=method)
    http.scheme = "http"
    profile = ClientProfile(signMethod=sign_method, httpProfile=http)
    client = CommonClient("cvm", "2017-03-12", credential.Credential(secret_id, key), "ap-guangzhou", profile=profile)
    try:
        return {"ok": client.call_json(action, params or {})["Response"]}
    except TencentCloudSDKException as e:
        return {"error": e.get_code(), "request_id": e.get_request_id()}


out = {
    "tc3_post": call("TC3-HMAC-SHA256", "POST", secret_key),
    "tc3_get": call("TC3-HMAC-SHA256", "GET", secret_key, "DescribeInstances", {"Limit": 1, "Filters": [{"Name": "zone", "Values": ["ap-guangzhou-3"]}]}),
    "hmac256_post": call("HmacSHA256", "POST", secret_key),
    "hmac256_get": call("HmacSHA256", "GET", secret_key, "DescribeInstances", {"Limit": 1, "InstanceIds": ["ins-1", "ins-2"]}),
    "hmac1_post": call("HmacSHA1", "POST", secret_key),
    "tc3_wrong_key": call("TC3-HMAC-SHA256", "POST", "wrong-key"),
    "hmac256_wrong_key": call("HmacSHA256", "POST", "wrong-key"),
    "unknown_parameter": call("TC3-HMAC-SHA256", "POST", secret_key, "DescribeRegions", {"Bogus": 1}),
}
print(json.dumps(out, ensure_ascii=False))

# Times the official Python SDK (tencentcloud-sdk-python-common) signing one typical TC3
# request through its own request builder, the same request benches/core.rs signs.
#
# usage: python python_sign_bench.py   -> prints microseconds per signature (best of 5)
import timeit
import types

from tencentcloud.common import abstract_client
from tencentcloud.common.abstract_client import AbstractClient
from tencentcloud.common.credential import Credential
from tencentcloud.common.http.request import RequestInternal
from tencentcloud.common.profile.client_profile import ClientProfile
from tencentcloud.common.profile.http_profile import HttpProfile

PAYLOAD = open(__file__.replace("python_sign_bench.py", "payload.json"), encoding="utf-8").read()
abstract_client.json = types.SimpleNamespace(dumps=lambda obj, **kw: PAYLOAD)
abstract_client.time = types.SimpleNamespace(time=lambda: 1551113065)


class Cvm(AbstractClient):
    _service = "cvm"
    _apiVersion = "2017-03-12"
    _endpoint = "cvm.tencentcloudapi.com"


profile = ClientProfile(httpProfile=HttpProfile(endpoint="cvm.tencentcloudapi.com"), language="en-US")
client = Cvm(Credential("AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE", "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE", "token-0123456789"),
             "ap-guangzhou", profile)


def sign_once():
    req = RequestInternal("cvm.tencentcloudapi.com", "POST", "/")
    client._build_req_with_tc3_signature("DescribeInstances", None, req)
    return req.header["Authorization"]


timer = timeit.Timer(sign_once)
number, _ = timer.autorange()
best = min(timer.repeat(repeat=5, number=number)) / number
print("%.3f" % (best * 1e6))

"""Signs request descriptions with botocore's SigV4Auth, the reference the C# signer is checked against.

stdin: a JSON list of cases {method, url, headers: [[name, value], ...], body_b64, access_key, secret_key, token,
region, service, timestamp (yyyymmddThhmmssZ)}. stdout: a JSON list of {canonical_request, string_to_sign,
signature, authorization, payload_sha256}, one per case, in order.
"""
import base64
import datetime
import hashlib
import json
import sys

import botocore.auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials


def sign(case):
    stamp = datetime.datetime.strptime(case["timestamp"], "%Y%m%dT%H%M%SZ")
    botocore.auth.get_current_datetime = lambda: stamp
    body = base64.b64decode(case["body_b64"])
    request = AWSRequest(method=case["method"], url=case["url"], data=body)
    for name, value in case["headers"]:
        request.headers.add_header(name, value)
    signer = botocore.auth.SigV4Auth(Credentials(case["access_key"], case["secret_key"], case["token"]), case["service"], case["region"])
    signer.add_auth(request)
    authorization = request.headers["Authorization"]
    del request.headers["Authorization"]  # add_auth signs without it; recompute the intermediate strings the same way
    canonical = signer.canonical_request(request)
    string_to_sign = signer.string_to_sign(request, canonical)
    return {
        "canonical_request": canonical,
        "string_to_sign": string_to_sign,
        "signature": signer.signature(string_to_sign, request),
        "authorization": authorization,
        "payload_sha256": hashlib.sha256(body).hexdigest(),
    }


json.dump([sign(case) for case in json.load(sys.stdin)], sys.stdout)

"""Turn `batchstack expand` JSON (Batch API requests) into the equivalent CloudFormation template of native
AWS::Batch::* resources: API member names become CloudFormation property names (camelCase -> PascalCase, with the
few renames CloudFormation made), and references between resources become Refs.

Usage: to_cfn.py EXPANDED.json > native.json
"""
import json
import re
import sys

# Members whose value is a free-form map: their keys are user data and keep their spelling.
MAPS = {"tags", "parameters", "limits", "requests", "labels", "annotations", "options"}
# API member -> CloudFormation property, where CloudFormation does not simply capitalise.
RENAMES = {"ComputeEnvironmentName": "ComputeEnvironmentName"}


def pascal(key):
    name = key[:1].upper() + key[1:]
    return RENAMES.get(name, name)


def convert(value, key=None):
    if isinstance(value, dict):
        if key in MAPS:
            return dict(value)
        return {pascal(k): convert(v, k) for k, v in value.items()}
    if isinstance(value, list):
        return [convert(v, key) for v in value]
    return value


def logical_id(prefix, spec_id):
    return prefix + "".join(part.capitalize() for part in re.split(r"[^A-Za-z0-9]+", spec_id) if part)


def main(path):
    stack = json.load(open(path))["stacks"][0]
    resources = {}
    ce_ids = {}
    policy_ids = {}
    for ce in stack["computeEnvironments"]:
        lid = logical_id("ComputeEnvironment", ce["id"])
        ce_ids[ce["name"]] = lid
        props = convert(ce["create"])
        if ce.get("updatePolicy"):
            props["UpdatePolicy"] = convert(ce["updatePolicy"])
        if ce.get("updateToLatestImageVersion") is not None:
            props["UpdateToLatestImageVersion"] = ce["updateToLatestImageVersion"]
        resources[lid] = {"Type": "AWS::Batch::ComputeEnvironment", "Properties": props}
    for sp in stack["schedulingPolicies"]:
        lid = logical_id("SchedulingPolicy", sp["id"])
        policy_ids[sp["name"]] = lid
        resources[lid] = {"Type": "AWS::Batch::SchedulingPolicy", "Properties": convert(sp["create"])}
    for q in stack["jobQueues"]:
        props = convert(q["create"])
        for entry in props.get("ComputeEnvironmentOrder", []):
            name = entry["ComputeEnvironment"].rsplit("/", 1)[-1]
            if name in ce_ids:
                entry["ComputeEnvironment"] = {"Ref": ce_ids[name]}
        arn = props.get("SchedulingPolicyArn")
        if arn and arn.rsplit("/", 1)[-1] in policy_ids:
            props["SchedulingPolicyArn"] = {"Ref": policy_ids[arn.rsplit("/", 1)[-1]]}
        resources[logical_id("JobQueue", q["id"])] = {"Type": "AWS::Batch::JobQueue", "Properties": props}
    for jd in stack["jobDefinitions"]:
        resources[logical_id("JobDefinition", jd["id"])] = {"Type": "AWS::Batch::JobDefinition", "Properties": convert(jd["register"])}
    json.dump({"AWSTemplateFormatVersion": "2010-09-09", "Resources": resources}, sys.stdout, indent=1)


if __name__ == "__main__":
    main(sys.argv[1])

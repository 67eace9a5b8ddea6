# Runs the SAM transform (aws-sam-translator) on a SAM template and prints the CloudFormation it becomes, as JSON.
# Managed policies resolve from a fixed map (the real loader would call IAM); the provider names none anyway.
import json, sys
from samtranslator.translator.transform import transform
from samtranslator.yaml_helper import yaml_parse

class FakeManagedPolicies:
    def load(self):
        return {"AWSLambdaBasicExecutionRole": "arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"}

with open(sys.argv[1]) as f:
    template = yaml_parse(f.read())
# What `sam package` does before CloudFormation runs the transform: local code becomes an S3 object.
for resource in template['Resources'].values():
    if resource['Type'] == 'AWS::Serverless::Function':
        resource['Properties']['CodeUri'] = 's3://sam-artifacts/provider.zip'
print(json.dumps(transform(template, {}, FakeManagedPolicies()), indent=1, default=str))

namespace BatchProvider.Domain.Tests.JobDefinitions;

/// <summary>The three job definitions of examples/research-platform.yaml, as CloudFormation sends them.</summary>
internal static class ExampleJobDefinitions
{
    public const string Train = """
        {'Id': 'train', 'Kind': 'Container', 'Platform': 'EC2',
         'Image': 'public.ecr.aws/amazonlinux/amazonlinux:2023',
         'Command': ['python3', 'train.py', '--epochs', 'Ref::epochs'],
         'Parameters': {'epochs': '10'},
         'Vcpus': '4', 'Memory': '14 GiB', 'Gpus': '1',
         'JobRole': {'Ref': 'TrainingRoleArn'},
         'Environment': {'MODE': 'train'},
         'Timeout': '4h', 'RetryAttempts': '3',
         'RetryStrategies': [
            {'Action': 'RETRY', 'On': 'SPOT_INSTANCE_RECLAIMED'},
            {'Action': 'EXIT', 'On': 'CANNOT_PULL_CONTAINER'},
            {'Action': 'EXIT', 'OnExitCode': '40*'}]}
        """;

    public const string NightlyEtl = """
        {'Id': 'nightly-etl', 'Kind': 'Container', 'Platform': 'FARGATE',
         'Image': 'public.ecr.aws/amazonlinux/amazonlinux:2023',
         'Command': ['sh', '-c', 'echo extract && echo load'],
         'Vcpus': '0.5', 'Memory': '1 GiB',
         'ExecutionRole': {'Ref': 'ExecutionRoleArn'},
         'AssignPublicIp': 'false', 'Timeout': '20m'}
        """;

    public const string MpiSim = """
        {'Id': 'mpi-sim', 'Kind': 'MultiNode', 'MainNode': '0', 'InstanceType': 'c6i.4xlarge',
         'Nodes': [{'Range': '0:3', 'Image': 'public.ecr.aws/amazonlinux/amazonlinux:2023',
                    'Command': ['mpirun', '-n', '64', './simulate'], 'Vcpus': '16', 'Memory': '28 GiB'}]}
        """;
}

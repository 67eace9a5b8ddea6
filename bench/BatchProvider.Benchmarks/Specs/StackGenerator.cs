using System.Globalization;
using System.Text;

namespace BatchProvider.Benchmarks.Specs;

/// <summary>
/// Writes a deterministic CloudFormation template with one <c>Custom::BatchStack</c> of exactly N resources, for the
/// benchmarks and for <c>bench/cfn-lint-ratio.sh</c>. The stack is built from blocks of ten resources, each a valid,
/// warning-free slice of a real platform: the four compute-environment kinds (ManagedEc2, ManagedEks, Fargate,
/// Unmanaged), three queues (ECS on [ManagedEc2, Unmanaged] with a fair-share policy, EKS, Fargate), one scheduling
/// policy and two job definitions. Job-definition kinds rotate over the blocks (Container on EC2 + Eks, then Container
/// on Fargate + MultiNode), so every kind appears from N = 20 on. A remainder (N not a multiple of ten) adds job
/// definitions, which nothing references.
/// </summary>
public static class StackGenerator
{
    /// <summary>Resources per block.</summary>
    public const int BlockSize = 10;

    /// <summary>The stack's name (prefix of every Batch name).</summary>
    public const string StackName = "gen";

    /// <summary>The template text for <paramref name="resources"/> resources (at least <see cref="BlockSize"/>).</summary>
    public static string Template(int resources)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(resources, BlockSize);
        var blocks = resources / BlockSize;
        var extra = resources % BlockSize;
        var yaml = new StringBuilder(resources * 300);
        yaml.Append(CultureInfo.InvariantCulture, $"""
            AWSTemplateFormatVersion: "2010-09-09"
            Description: Generated BatchStack of {resources} resources
            Resources:
              Stack:
                Type: Custom::BatchStack
                Properties:
                  ServiceToken: arn:aws:lambda:us-east-1:123456789012:function:batch-provider
                  Name: {StackName}
                  Defaults:
                    Subnets: [subnet-0a1b2c3d, subnet-4e5f6a7b]
                    SecurityGroups: [sg-0123abcd]
                    InstanceRole: arn:aws:iam::123456789012:instance-profile/ecsInstanceRole
                    Tags: {"{"} team: research, cost-center: "4711" {"}"}

            """);
        Family(yaml, "ComputeEnvironments", blocks, ComputeEnvironments);
        Family(yaml, "SchedulingPolicies", blocks, SchedulingPolicies);
        Family(yaml, "JobQueues", blocks, (y, b) => JobQueues(y, b, blocks));
        yaml.AppendLine("      JobDefinitions:");
        for (var b = 0; b < blocks; b++) JobDefinitions(yaml, b, b % 2 == 0 ? ["container-ec2", "eks"] : ["container-fargate", "multinode"]);
        for (var i = 0; i < extra; i++) JobDefinitions(yaml, blocks + i, [Rotation[i % Rotation.Length]]);
        return yaml.ToString();
    }

    private static readonly string[] Rotation = ["container-ec2", "eks", "container-fargate", "multinode"];

    private static void Family(StringBuilder yaml, string name, int blocks, Action<StringBuilder, int> block)
    {
        yaml.Append("      ").Append(name).AppendLine(":");
        for (var b = 0; b < blocks; b++) block(yaml, b);
    }

    private static void ComputeEnvironments(StringBuilder y, int b)
    {
        var spot = b % 2 == 1;
        y.Append(CultureInfo.InvariantCulture, $"""
                    - Id: ec2-{b}
                      Kind: ManagedEc2
                      Spot: {(spot ? "true" : "false")}
                      InstanceClasses: [m6i, c6i, r6i]
                      UseOptimalInstanceClasses: false
                      AllocationStrategy: {(spot ? "SPOT_PRICE_CAPACITY_OPTIMIZED" : "BEST_FIT_PROGRESSIVE")}
                      MaxvCpus: {256 + b % 4 * 64}
                      Images: [{"{"} Type: ECS_AL2023 {"}"}]
                      UpdatePolicy: {"{"} TerminateJobsOnUpdate: false, JobExecutionTimeout: 30m {"}"}
                    - Id: eks-{b}
                      Kind: ManagedEks
                      EksCluster: arn:aws:eks:us-east-1:123456789012:cluster/research-{b}
                      KubernetesNamespace: batch
                      InstanceTypes: [m6i.2xlarge]
                      UseOptimalInstanceClasses: false
                      MaxvCpus: 128
                    - Id: fargate-{b}
                      Kind: Fargate
                      Spot: {(spot ? "true" : "false")}
                      MaxvCpus: 64
                    - Id: unmanaged-{b}
                      Kind: Unmanaged
                      UnmanagedvCpus: 16
                      ServiceRole: arn:aws:iam::123456789012:role/service-role/AWSBatchServiceRole

            """);
    }

    private static void SchedulingPolicies(StringBuilder y, int b) => y.Append(CultureInfo.InvariantCulture, $"""
                    - Id: fair-{b}
                      ShareDecay: 5m
                      ComputeReservation: 25
                      Shares:
                        - {"{"} Identifier: vision, Weight: 1 {"}"}
                        - {"{"} Identifier: nlp, Weight: 0.5 {"}"}
                        - {"{"} Identifier: "adhoc*", Weight: 2 {"}"}

            """);

    private static void JobQueues(StringBuilder y, int b, int blocks) => y.Append(CultureInfo.InvariantCulture, $"""
                    - Id: ecs-{b}
                      Priority: {b % 100 + 1}
                      ComputeEnvironments: [ec2-{b}, unmanaged-{b}]
                      SchedulingPolicy: fair-{b}
                      StuckJobs: {"{"} After: 30m, {(blocks > 1 ? $"Action: Resubmit, ResubmitTo: ecs-{(b + 1) % blocks}" : "Action: Terminate")} {"}"}
                      TimeLimitActions:
                        - {"{"} Reason: "CAPACITY:INSUFFICIENT_INSTANCE_CAPACITY", After: 20m, Action: CANCEL {"}"}
                    - Id: k8s-{b}
                      Priority: 5
                      ComputeEnvironments: [eks-{b}]
                    - Id: serverless-{b}
                      Priority: 1
                      ComputeEnvironments: [{"{"} ComputeEnvironment: fargate-{b}, Order: 1 {"}"}]
                      StuckJobs: {"{"} After: 15m, Action: Cancel {"}"}

            """);

    private static void JobDefinitions(StringBuilder y, int b, IEnumerable<string> kinds)
    {
        foreach (var kind in kinds)
        {
            y.Append(kind switch
            {
                "container-ec2" => $"""
                            - Id: train-{b}
                              Kind: Container
                              Platform: EC2
                              Image: public.ecr.aws/amazonlinux/amazonlinux:2023
                              Command: [python3, train.py, "--epochs", "Ref::epochs"]
                              Parameters: {"{"} epochs: "10" {"}"}
                              Vcpus: 4
                              Memory: 14 GiB
                              JobRole: arn:aws:iam::123456789012:role/training
                              Environment: {"{"} MODE: train {"}"}
                              Timeout: 4h
                              RetryAttempts: 3
                              RetryStrategies:
                                - {"{"} Action: RETRY, On: SPOT_INSTANCE_RECLAIMED {"}"}
                                - {"{"} Action: EXIT, OnExitCode: "40*" {"}"}

                    """,
                "container-fargate" => $"""
                            - Id: etl-{b}
                              Kind: Container
                              Platform: FARGATE
                              Image: public.ecr.aws/amazonlinux/amazonlinux:2023
                              Command: [sh, -c, "echo extract && echo load"]
                              Vcpus: 0.5
                              Memory: 1 GiB
                              ExecutionRole: arn:aws:iam::123456789012:role/ecsTaskExecution
                              AssignPublicIp: false
                              Timeout: 20m

                    """,
                "multinode" => $"""
                            - Id: mpi-{b}
                              Kind: MultiNode
                              MainNode: 0
                              InstanceType: c6i.4xlarge
                              Nodes:
                                - Range: "0:3"
                                  Image: public.ecr.aws/amazonlinux/amazonlinux:2023
                                  Command: [mpirun, "-n", "64", ./simulate]
                                  Vcpus: 16
                                  Memory: 28 GiB

                    """,
                _ => $"""
                            - Id: k8s-job-{b}
                              Kind: Eks
                              Containers:
                                - Image: public.ecr.aws/amazonlinux/amazonlinux:2023
                                  Command: [sh, -c, "echo hello"]
                                  Resources: {"{"} Limits: {"{"} cpu: "1", memory: 2048Mi {"}"} {"}"}

                    """,
            });
        }
    }
}

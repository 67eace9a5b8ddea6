namespace BatchProvider.Sandbox.Moto;

/// <summary>Seeds the <see cref="MotoSandbox"/> through moto's EC2 and IAM Query APIs.</summary>
public static class MotoSeeder
{
    private const string Ec2Version = "2016-11-15";
    private const string IamVersion = "2010-05-08";

    /// <summary>Creates the VPC, subnets, security group, roles and instance profile.</summary>
    public static async Task<MotoSandbox> SeedAsync(MotoQueryApi api, CancellationToken cancellationToken)
    {
        var vpc = MotoQueryApi.Value(await api.CallAsync("ec2", Ec2Version, "CreateVpc", [new("CidrBlock", "10.0.0.0/16")], cancellationToken), "vpcId");
        var subnets = new List<string>();
        foreach (var (cidr, zone) in new[] { ("10.0.1.0/24", $"{api.Region}a"), ("10.0.2.0/24", $"{api.Region}b") })
        {
            subnets.Add(MotoQueryApi.Value(await api.CallAsync("ec2", Ec2Version, "CreateSubnet",
                [new("VpcId", vpc), new("CidrBlock", cidr), new("AvailabilityZone", zone)], cancellationToken), "subnetId"));
        }

        var group = MotoQueryApi.Value(await api.CallAsync("ec2", Ec2Version, "CreateSecurityGroup",
            [new("GroupName", "batch-sandbox"), new("GroupDescription", "BatchProvider tests"), new("VpcId", vpc)], cancellationToken), "groupId");

        async Task<string> RoleAsync(string name, string principal) =>
            MotoQueryApi.Value(await api.CallAsync("iam", IamVersion, "CreateRole",
            [
                new("RoleName", name),
                new("AssumeRolePolicyDocument", $$"""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"{{principal}}"},"Action":"sts:AssumeRole"}]}"""),
            ], cancellationToken), "Arn");

        var serviceRole = await RoleAsync("AWSBatchServiceRole", "batch.amazonaws.com");
        // AWS creates the service-linked role on first use; moto needs it to exist (see ServiceLinkedRoleDefault).
        await api.CallAsync("iam", IamVersion, "CreateRole",
        [
            new("RoleName", "AWSServiceRoleForBatch"),
            new("Path", "/aws-service-role/batch.amazonaws.com/"),
            new("AssumeRolePolicyDocument", """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"batch.amazonaws.com"},"Action":"sts:AssumeRole"}]}"""),
        ], cancellationToken);
        var instanceRole = await RoleAsync("ecsInstanceRole", "ec2.amazonaws.com");
        var executionRole = await RoleAsync("ecsTaskExecutionRole", "ecs-tasks.amazonaws.com");
        var jobRole = await RoleAsync("batchJobRole", "ecs-tasks.amazonaws.com");
        var profile = MotoQueryApi.Value(await api.CallAsync("iam", IamVersion, "CreateInstanceProfile", [new("InstanceProfileName", "ecsInstanceRole")], cancellationToken), "Arn");
        await api.CallAsync("iam", IamVersion, "AddRoleToInstanceProfile", [new("InstanceProfileName", "ecsInstanceRole"), new("RoleName", "ecsInstanceRole")], cancellationToken);
        return new MotoSandbox(vpc, subnets, group, serviceRole, instanceRole, profile, executionRole, jobRole);
    }
}

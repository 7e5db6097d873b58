// The scanner and benchmark controls a finding maps to, each checked against its publisher's own
// text (source). A finding names only these IDs; a control not listed here is not cited.
export interface Control {
  readonly id: string;
  readonly cloud: "aws" | "huawei";
  readonly framework: string;
  readonly title: string;
  readonly source: string;
}

const SECURITY_HUB = "AWS Security Hub (CSPM)";
const HUB_SOURCE = "docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html";
const CHECKOV = "Checkov";
const CHECKOV_SOURCE = "github.com/bridgecrewio/checkov checkov/terraform/checks/resource/aws/";
const HUAWEI_CONFIG = "Huawei Cloud Config built-in policy";
const HUAWEI_SOURCE = "support.huaweicloud.com/intl/en-us/usermanual-rms/ (Built-In Policies > Virtual Private Cloud)";

export const CONTROLS: Readonly<Record<string, Control>> = Object.fromEntries(
  [
    { id: "EC2.13", cloud: "aws", framework: SECURITY_HUB, title: "Security groups should not allow ingress from 0.0.0.0/0 or ::/0 to port 22", source: `${HUB_SOURCE}#ec2-13` },
    { id: "EC2.14", cloud: "aws", framework: SECURITY_HUB, title: "Security groups should not allow ingress from 0.0.0.0/0 or ::/0 to port 3389", source: `${HUB_SOURCE}#ec2-14` },
    { id: "EC2.18", cloud: "aws", framework: SECURITY_HUB, title: "Security groups should only allow unrestricted incoming traffic for authorized ports (default TCP 80, 443)", source: `${HUB_SOURCE}#ec2-18` },
    { id: "EC2.19", cloud: "aws", framework: SECURITY_HUB, title: "Security groups should not allow unrestricted access to ports with high risk", source: `${HUB_SOURCE}#ec2-19` },
    { id: "CKV_AWS_23", cloud: "aws", framework: CHECKOV, title: "Ensure every security groups rule has a description", source: `${CHECKOV_SOURCE}SecurityGroupRuleDescription.py` },
    { id: "CKV_AWS_24", cloud: "aws", framework: CHECKOV, title: "Ensure no security groups allow ingress from 0.0.0.0:0 to port 22", source: `${CHECKOV_SOURCE}SecurityGroupUnrestrictedIngress22.py` },
    { id: "CKV_AWS_25", cloud: "aws", framework: CHECKOV, title: "Ensure no security groups allow ingress from 0.0.0.0:0 to port 3389", source: `${CHECKOV_SOURCE}SecurityGroupUnrestrictedIngress3389.py` },
    { id: "CKV_AWS_260", cloud: "aws", framework: CHECKOV, title: "Ensure no security groups allow ingress from 0.0.0.0:0 to port 80", source: `${CHECKOV_SOURCE}SecurityGroupUnrestrictedIngress80.py` },
    { id: "CKV_AWS_277", cloud: "aws", framework: CHECKOV, title: "Ensure no security groups allow ingress from 0.0.0.0:0 to port -1 (all ports)", source: `${CHECKOV_SOURCE}SecurityGroupUnrestrictedIngressAny.py` },
    { id: "vpc-sg-restricted-ssh", cloud: "huawei", framework: HUAWEI_CONFIG, title: "Inbound TCP 22 from 0.0.0.0/0 or ::/0 is non-compliant", source: HUAWEI_SOURCE },
    { id: "vpc-sg-ports-check", cloud: "huawei", framework: HUAWEI_CONFIG, title: "Inbound from 0.0.0.0/0 or ::/0 on all TCP or UDP ports is non-compliant", source: `${HUAWEI_SOURCE} rms_05_1536` },
    { id: "vpc-sg-restricted-common-ports", cloud: "huawei", framework: HUAWEI_CONFIG, title: "Inbound from 0.0.0.0/0 or ::/0 to specified ports (default 20, 21, 3306, 3389) is non-compliant", source: `${HUAWEI_SOURCE} rms_05_1537` },
  ].map((c) => [c.id, c as Control]),
);

/** EC2.19's blockedPorts, fixed by Security Hub (not customizable). */
export const EC2_19_PORTS: readonly number[] = [20, 21, 22, 23, 25, 110, 135, 143, 445, 1433, 1434, 3000, 3306, 3389, 4333, 5000, 5432, 5500, 5601, 8080, 8088, 8888, 9200, 9300];
/** EC2.18's default authorizedTcpPorts. */
export const EC2_18_AUTHORIZED_TCP: readonly number[] = [80, 443];
/** vpc-sg-restricted-common-ports' default blockedPorts. */
export const HUAWEI_COMMON_PORTS: readonly number[] = [20, 21, 3306, 3389];

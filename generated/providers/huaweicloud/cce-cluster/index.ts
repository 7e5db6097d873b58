// https://registry.terraform.io/providers/huaweicloud/huaweicloud/latest/docs/resources/cce_cluster
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface CceClusterConfig extends cdktf.TerraformMetaArguments {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/latest/docs/resources/cce_cluster#agency_name CceCluster#agency_name}
  */
  readonly agencyName?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/latest/docs/resources/cce_cluster#alias CceCluster#alias}
  */
  readonly alias?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/latest/docs/resources/cce_cluster#authenticating_proxy_ca CceCluster#authenticating_proxy_ca}
  */
  readonly authenticatingProxyCa?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/latest/docs/resources/cce_cluster#authenticating_proxy_cert CceCluster#authenticating_proxy_cert}
  */
  readonly authenticatingProxyCert?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/latest/docs/resources/cce_cluster#authenticating_proxy_private_key CceCluster#authenticating_proxy_private_key}
  */
  readonly authenticatingProxyPrivateKey?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/latest/docs/resources/cce_cluster#authentication_mode CceCluster#authentication_mode}
  */
  readonly authenticationMode?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/latest/docs/resources/cce_cluster#auto_renew CceCluster#auto_renew}
  */
  readonly autoRenew?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/latest/docs/resources/cce_cluster#charging_mode CceCluster#charging_mode}
  */
  readonly chargingMode?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/latest/docs/resources/cce_cluster#cluster_type CceCluster#cluster_type}
  */
  readonly clusterType?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/latest/docs/resources/cce_cluster#cluster_version CceCluster#cluster_version}
  */
  readonly clusterVersion?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/latest/docs/resources/cce_cluster#container_network_cidr CceCluster#container_network_cidr}
  */
  readonly containerNetworkCidr?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/latest/docs/resources/cce_cluster#container_network_type CceCluster#container_network_type}
  */
  readonly containerNetworkType: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/latest/docs/resources/cce_cluster#custom_san CceCluster#custom_san}
  */
  readonly customSan?: string[];
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/latest/docs/resources/cce_cluster#delete_all CceCluster#delete_all}
  */
  readonly deleteAll?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/latest/docs/resources/cce_cluster#delete_efs CceCluster#delete_efs}
  */
  readonly deleteEfs?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/latest/docs/resources/cce_cluster#delete_evs CceCluster#delete_evs}
  */
  readonly deleteEvs?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/latest/docs/resources/cce_cluster#delete_obs CceCluster#delete_obs}
  */
  readonly deleteObs?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/latest/docs/resources/cce_cluster#delete_sfs CceCluster#delete_sfs}
  */
  readonly deleteSfs?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/latest/docs/resources/cce_cluster#description CceCluster#description}
  */
  readonly description?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/latest/docs/resources/cce_cluster#eip CceCluster#eip}
  */
  readonly eip?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/latest/docs/resources/cce_cluster#enable_distribute_management CceCluster#enable_distribute_management}
  */
  readonly enableDistributeManagement?: boolean | cdktf.IResolvable;
  /**
  * the IPv4 subnet ID of the subnet where the ENI resides
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/latest/docs/resources/cce_cluster#eni_subnet_id CceCluster#eni_subnet_id}
  */
  readonly eniSubnetId?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/latest/docs/resources/cce_cluster#enterprise_project_id CceCluster#enterprise_project_id}
  */
  readonly enterpriseProjectId?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/latest/docs/resources/cce_cluster#flavor_id CceCluster#flavor_id}
  */
  readonly flavorId: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/latest/docs/resources/cce_cluster#hibernate CceCluster#hibernate}
  */
  readonly hibernate?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/latest/docs/resources/cce_cluster#ipv6_enable CceCluster#ipv6_enable}
  */
  readonly ipv6Enable?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/latest/docs/resources/cce_cluster#kube_proxy_mode CceCluster#kube_proxy_mode}
  */
  readonly kubeProxyMode?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/latest/docs/resources/cce_cluster#lts_reclaim_policy CceCluster#lts_reclaim_policy}
  */
  readonly ltsReclaimPolicy?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/latest/docs/resources/cce_cluster#multi_az CceCluster#multi_az}
  */
  readonly multiAz?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/latest/docs/resources/cce_cluster#name CceCluster#name}
  */
  readonly name: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/latest/docs/resources/cce_cluster#period CceCluster#period}
  */
  readonly period?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/latest/docs/resources/cce_cluster#period_unit CceCluster#period_unit}
  */
  readonly periodUnit?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/latest/docs/resources/cce_cluster#region CceCluster#region}
  */
  readonly region?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/latest/docs/resources/cce_cluster#security_group_id CceCluster#security_group_id}
  */
  readonly securityGroupId?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/latest/docs/resources/cce_cluster#service_network_cidr CceCluster#service_network_cidr}
  */
  readonly serviceNetworkCidr?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/latest/docs/resources/cce_cluster#subnet_id CceCluster#subnet_id}
  */
  readonly subnetId: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/latest/docs/resources/cce_cluster#tags CceCluster#tags}
  */
  readonly tags?: { [key: string]: string };
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/latest/docs/resources/cce_cluster#timezone CceCluster#timezone}
  */
  readonly timezone?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/latest/docs/resources/cce_cluster#vpc_id CceCluster#vpc_id}
  */
  readonly vpcId: string;
  /**
  * component_configurations block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/latest/docs/resources/cce_cluster#component_configurations CceCluster#component_configurations}
  */
  readonly componentConfigurations?: CceClusterComponentConfigurations[] | cdktf.IResolvable;
  /**
  * encryption_config block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/latest/docs/resources/cce_cluster#encryption_config CceCluster#encryption_config}
  */
  readonly encryptionConfig?: CceClusterEncryptionConfig;
  /**
  * extend_params block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/latest/docs/resources/cce_cluster#extend_params CceCluster#extend_params}
  */
  readonly extendParams?: CceClusterExtendParams[] | cdktf.IResolvable;
  /**
  * masters block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/latest/docs/resources/cce_cluster#masters CceCluster#masters}
  */
  readonly masters?: CceClusterMasters[] | cdktf.IResolvable;
}
export interface CceClusterCertificateClusters {
}

export function cceClusterCertificateClustersToTerraform(struct?: CceClusterCertificateClusters): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function cceClusterCertificateClustersToHclTerraform(struct?: CceClusterCertificateClusters): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class CceClusterCertificateClustersOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): CceClusterCertificateClusters | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: CceClusterCertificateClusters | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // certificate_authority_data - computed: true, optional: false, required: false
  public get certificateAuthorityData() {
    return this.getStringAttribute('certificate_authority_data');
  }

  // name - computed: true, optional: false, required: false
  public get name() {
    return this.getStringAttribute('name');
  }

  // server - computed: true, optional: false, required: false
  public get server() {
    return this.getStringAttribute('server');
  }
}

export class CceClusterCertificateClustersList extends cdktf.ComplexList {

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected terraformResource: cdktf.IInterpolatingParent, protected terraformAttribute: string, protected wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): CceClusterCertificateClustersOutputReference {
    return new CceClusterCertificateClustersOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface CceClusterCertificateUsers {
}

export function cceClusterCertificateUsersToTerraform(struct?: CceClusterCertificateUsers): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function cceClusterCertificateUsersToHclTerraform(struct?: CceClusterCertificateUsers): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class CceClusterCertificateUsersOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): CceClusterCertificateUsers | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: CceClusterCertificateUsers | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // client_certificate_data - computed: true, optional: false, required: false
  public get clientCertificateData() {
    return this.getStringAttribute('client_certificate_data');
  }

  // client_key_data - computed: true, optional: false, required: false
  public get clientKeyData() {
    return this.getStringAttribute('client_key_data');
  }

  // name - computed: true, optional: false, required: false
  public get name() {
    return this.getStringAttribute('name');
  }
}

export class CceClusterCertificateUsersList extends cdktf.ComplexList {

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected terraformResource: cdktf.IInterpolatingParent, protected terraformAttribute: string, protected wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): CceClusterCertificateUsersOutputReference {
    return new CceClusterCertificateUsersOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface CceClusterComponentConfigurations {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/latest/docs/resources/cce_cluster#configurations CceCluster#configurations}
  */
  readonly configurations?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/latest/docs/resources/cce_cluster#name CceCluster#name}
  */
  readonly name: string;
}

export function cceClusterComponentConfigurationsToTerraform(struct?: CceClusterComponentConfigurations | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    configurations: cdktf.stringToTerraform(struct!.configurations),
    name: cdktf.stringToTerraform(struct!.name),
  }
}


export function cceClusterComponentConfigurationsToHclTerraform(struct?: CceClusterComponentConfigurations | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    configurations: {
      value: cdktf.stringToHclTerraform(struct!.configurations),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    name: {
      value: cdktf.stringToHclTerraform(struct!.name),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class CceClusterComponentConfigurationsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): CceClusterComponentConfigurations | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._configurations !== undefined) {
      hasAnyValues = true;
      internalValueResult.configurations = this._configurations;
    }
    if (this._name !== undefined) {
      hasAnyValues = true;
      internalValueResult.name = this._name;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: CceClusterComponentConfigurations | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._configurations = undefined;
      this._name = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._configurations = value.configurations;
      this._name = value.name;
    }
  }

  // configurations - computed: false, optional: true, required: false
  private _configurations?: string; 
  public get configurations() {
    return this.getStringAttribute('configurations');
  }
  public set configurations(value: string) {
    this._configurations = value;
  }
  public resetConfigurations() {
    this._configurations = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get configurationsInput() {
    return this._configurations;
  }

  // name - computed: false, optional: false, required: true
  private _name?: string; 
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
  }
}

export class CceClusterComponentConfigurationsList extends cdktf.ComplexList {
  public internalValue? : CceClusterComponentConfigurations[] | cdktf.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected terraformResource: cdktf.IInterpolatingParent, protected terraformAttribute: string, protected wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): CceClusterComponentConfigurationsOutputReference {
    return new CceClusterComponentConfigurationsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface CceClusterEncryptionConfig {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/latest/docs/resources/cce_cluster#kms_key_id CceCluster#kms_key_id}
  */
  readonly kmsKeyId?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/latest/docs/resources/cce_cluster#mode CceCluster#mode}
  */
  readonly mode?: string;
}

export function cceClusterEncryptionConfigToTerraform(struct?: CceClusterEncryptionConfigOutputReference | CceClusterEncryptionConfig): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    kms_key_id: cdktf.stringToTerraform(struct!.kmsKeyId),
    mode: cdktf.stringToTerraform(struct!.mode),
  }
}


export function cceClusterEncryptionConfigToHclTerraform(struct?: CceClusterEncryptionConfigOutputReference | CceClusterEncryptionConfig): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    kms_key_id: {
      value: cdktf.stringToHclTerraform(struct!.kmsKeyId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    mode: {
      value: cdktf.stringToHclTerraform(struct!.mode),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class CceClusterEncryptionConfigOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): CceClusterEncryptionConfig | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._kmsKeyId !== undefined) {
      hasAnyValues = true;
      internalValueResult.kmsKeyId = this._kmsKeyId;
    }
    if (this._mode !== undefined) {
      hasAnyValues = true;
      internalValueResult.mode = this._mode;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: CceClusterEncryptionConfig | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._kmsKeyId = undefined;
      this._mode = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._kmsKeyId = value.kmsKeyId;
      this._mode = value.mode;
    }
  }

  // kms_key_id - computed: true, optional: true, required: false
  private _kmsKeyId?: string; 
  public get kmsKeyId() {
    return this.getStringAttribute('kms_key_id');
  }
  public set kmsKeyId(value: string) {
    this._kmsKeyId = value;
  }
  public resetKmsKeyId() {
    this._kmsKeyId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get kmsKeyIdInput() {
    return this._kmsKeyId;
  }

  // mode - computed: true, optional: true, required: false
  private _mode?: string; 
  public get mode() {
    return this.getStringAttribute('mode');
  }
  public set mode(value: string) {
    this._mode = value;
  }
  public resetMode() {
    this._mode = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get modeInput() {
    return this._mode;
  }
}
export interface CceClusterExtendParams {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/latest/docs/resources/cce_cluster#cluster_az CceCluster#cluster_az}
  */
  readonly clusterAz?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/latest/docs/resources/cce_cluster#cpu_manager_policy CceCluster#cpu_manager_policy}
  */
  readonly cpuManagerPolicy?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/latest/docs/resources/cce_cluster#dec_master_flavor CceCluster#dec_master_flavor}
  */
  readonly decMasterFlavor?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/latest/docs/resources/cce_cluster#docker_umask_mode CceCluster#docker_umask_mode}
  */
  readonly dockerUmaskMode?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/latest/docs/resources/cce_cluster#dss_master_volumes CceCluster#dss_master_volumes}
  */
  readonly dssMasterVolumes?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/latest/docs/resources/cce_cluster#fix_pool_mask CceCluster#fix_pool_mask}
  */
  readonly fixPoolMask?: string;
}

export function cceClusterExtendParamsToTerraform(struct?: CceClusterExtendParams | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    cluster_az: cdktf.stringToTerraform(struct!.clusterAz),
    cpu_manager_policy: cdktf.stringToTerraform(struct!.cpuManagerPolicy),
    dec_master_flavor: cdktf.stringToTerraform(struct!.decMasterFlavor),
    docker_umask_mode: cdktf.stringToTerraform(struct!.dockerUmaskMode),
    dss_master_volumes: cdktf.stringToTerraform(struct!.dssMasterVolumes),
    fix_pool_mask: cdktf.stringToTerraform(struct!.fixPoolMask),
  }
}


export function cceClusterExtendParamsToHclTerraform(struct?: CceClusterExtendParams | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    cluster_az: {
      value: cdktf.stringToHclTerraform(struct!.clusterAz),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    cpu_manager_policy: {
      value: cdktf.stringToHclTerraform(struct!.cpuManagerPolicy),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    dec_master_flavor: {
      value: cdktf.stringToHclTerraform(struct!.decMasterFlavor),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    docker_umask_mode: {
      value: cdktf.stringToHclTerraform(struct!.dockerUmaskMode),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    dss_master_volumes: {
      value: cdktf.stringToHclTerraform(struct!.dssMasterVolumes),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    fix_pool_mask: {
      value: cdktf.stringToHclTerraform(struct!.fixPoolMask),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class CceClusterExtendParamsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): CceClusterExtendParams | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._clusterAz !== undefined) {
      hasAnyValues = true;
      internalValueResult.clusterAz = this._clusterAz;
    }
    if (this._cpuManagerPolicy !== undefined) {
      hasAnyValues = true;
      internalValueResult.cpuManagerPolicy = this._cpuManagerPolicy;
    }
    if (this._decMasterFlavor !== undefined) {
      hasAnyValues = true;
      internalValueResult.decMasterFlavor = this._decMasterFlavor;
    }
    if (this._dockerUmaskMode !== undefined) {
      hasAnyValues = true;
      internalValueResult.dockerUmaskMode = this._dockerUmaskMode;
    }
    if (this._dssMasterVolumes !== undefined) {
      hasAnyValues = true;
      internalValueResult.dssMasterVolumes = this._dssMasterVolumes;
    }
    if (this._fixPoolMask !== undefined) {
      hasAnyValues = true;
      internalValueResult.fixPoolMask = this._fixPoolMask;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: CceClusterExtendParams | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._clusterAz = undefined;
      this._cpuManagerPolicy = undefined;
      this._decMasterFlavor = undefined;
      this._dockerUmaskMode = undefined;
      this._dssMasterVolumes = undefined;
      this._fixPoolMask = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._clusterAz = value.clusterAz;
      this._cpuManagerPolicy = value.cpuManagerPolicy;
      this._decMasterFlavor = value.decMasterFlavor;
      this._dockerUmaskMode = value.dockerUmaskMode;
      this._dssMasterVolumes = value.dssMasterVolumes;
      this._fixPoolMask = value.fixPoolMask;
    }
  }

  // cluster_az - computed: false, optional: true, required: false
  private _clusterAz?: string; 
  public get clusterAz() {
    return this.getStringAttribute('cluster_az');
  }
  public set clusterAz(value: string) {
    this._clusterAz = value;
  }
  public resetClusterAz() {
    this._clusterAz = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get clusterAzInput() {
    return this._clusterAz;
  }

  // cpu_manager_policy - computed: false, optional: true, required: false
  private _cpuManagerPolicy?: string; 
  public get cpuManagerPolicy() {
    return this.getStringAttribute('cpu_manager_policy');
  }
  public set cpuManagerPolicy(value: string) {
    this._cpuManagerPolicy = value;
  }
  public resetCpuManagerPolicy() {
    this._cpuManagerPolicy = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get cpuManagerPolicyInput() {
    return this._cpuManagerPolicy;
  }

  // dec_master_flavor - computed: false, optional: true, required: false
  private _decMasterFlavor?: string; 
  public get decMasterFlavor() {
    return this.getStringAttribute('dec_master_flavor');
  }
  public set decMasterFlavor(value: string) {
    this._decMasterFlavor = value;
  }
  public resetDecMasterFlavor() {
    this._decMasterFlavor = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get decMasterFlavorInput() {
    return this._decMasterFlavor;
  }

  // docker_umask_mode - computed: false, optional: true, required: false
  private _dockerUmaskMode?: string; 
  public get dockerUmaskMode() {
    return this.getStringAttribute('docker_umask_mode');
  }
  public set dockerUmaskMode(value: string) {
    this._dockerUmaskMode = value;
  }
  public resetDockerUmaskMode() {
    this._dockerUmaskMode = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get dockerUmaskModeInput() {
    return this._dockerUmaskMode;
  }

  // dss_master_volumes - computed: false, optional: true, required: false
  private _dssMasterVolumes?: string; 
  public get dssMasterVolumes() {
    return this.getStringAttribute('dss_master_volumes');
  }
  public set dssMasterVolumes(value: string) {
    this._dssMasterVolumes = value;
  }
  public resetDssMasterVolumes() {
    this._dssMasterVolumes = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get dssMasterVolumesInput() {
    return this._dssMasterVolumes;
  }

  // fix_pool_mask - computed: false, optional: true, required: false
  private _fixPoolMask?: string; 
  public get fixPoolMask() {
    return this.getStringAttribute('fix_pool_mask');
  }
  public set fixPoolMask(value: string) {
    this._fixPoolMask = value;
  }
  public resetFixPoolMask() {
    this._fixPoolMask = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get fixPoolMaskInput() {
    return this._fixPoolMask;
  }
}

export class CceClusterExtendParamsList extends cdktf.ComplexList {
  public internalValue? : CceClusterExtendParams[] | cdktf.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected terraformResource: cdktf.IInterpolatingParent, protected terraformAttribute: string, protected wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): CceClusterExtendParamsOutputReference {
    return new CceClusterExtendParamsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface CceClusterMasters {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/latest/docs/resources/cce_cluster#availability_zone CceCluster#availability_zone}
  */
  readonly availabilityZone?: string;
}

export function cceClusterMastersToTerraform(struct?: CceClusterMasters | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    availability_zone: cdktf.stringToTerraform(struct!.availabilityZone),
  }
}


export function cceClusterMastersToHclTerraform(struct?: CceClusterMasters | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    availability_zone: {
      value: cdktf.stringToHclTerraform(struct!.availabilityZone),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class CceClusterMastersOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): CceClusterMasters | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._availabilityZone !== undefined) {
      hasAnyValues = true;
      internalValueResult.availabilityZone = this._availabilityZone;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: CceClusterMasters | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._availabilityZone = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._availabilityZone = value.availabilityZone;
    }
  }

  // availability_zone - computed: true, optional: true, required: false
  private _availabilityZone?: string; 
  public get availabilityZone() {
    return this.getStringAttribute('availability_zone');
  }
  public set availabilityZone(value: string) {
    this._availabilityZone = value;
  }
  public resetAvailabilityZone() {
    this._availabilityZone = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get availabilityZoneInput() {
    return this._availabilityZone;
  }
}

export class CceClusterMastersList extends cdktf.ComplexList {
  public internalValue? : CceClusterMasters[] | cdktf.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected terraformResource: cdktf.IInterpolatingParent, protected terraformAttribute: string, protected wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): CceClusterMastersOutputReference {
    return new CceClusterMastersOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/latest/docs/resources/cce_cluster huaweicloud_cce_cluster}
*/
export class CceCluster extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "huaweicloud_cce_cluster";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a CceCluster resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the CceCluster to import
  * @param importFromId The id of the existing CceCluster that should be imported. Refer to the {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/latest/docs/resources/cce_cluster#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the CceCluster to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "huaweicloud_cce_cluster", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/latest/docs/resources/cce_cluster huaweicloud_cce_cluster} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options CceClusterConfig
  */
  public constructor(scope: Construct, id: string, config: CceClusterConfig) {
    super(scope, id, {
      terraformResourceType: 'huaweicloud_cce_cluster',
      terraformGeneratorMetadata: {
        providerName: 'huaweicloud',
        providerVersionConstraint: '~> 1.97'
      },
      provider: config.provider,
      dependsOn: config.dependsOn,
      count: config.count,
      lifecycle: config.lifecycle,
      provisioners: config.provisioners,
      connection: config.connection,
      forEach: config.forEach
    });
    this._agencyName = config.agencyName;
    this._alias = config.alias;
    this._authenticatingProxyCa = config.authenticatingProxyCa;
    this._authenticatingProxyCert = config.authenticatingProxyCert;
    this._authenticatingProxyPrivateKey = config.authenticatingProxyPrivateKey;
    this._authenticationMode = config.authenticationMode;
    this._autoRenew = config.autoRenew;
    this._chargingMode = config.chargingMode;
    this._clusterType = config.clusterType;
    this._clusterVersion = config.clusterVersion;
    this._containerNetworkCidr = config.containerNetworkCidr;
    this._containerNetworkType = config.containerNetworkType;
    this._customSan = config.customSan;
    this._deleteAll = config.deleteAll;
    this._deleteEfs = config.deleteEfs;
    this._deleteEvs = config.deleteEvs;
    this._deleteObs = config.deleteObs;
    this._deleteSfs = config.deleteSfs;
    this._description = config.description;
    this._eip = config.eip;
    this._enableDistributeManagement = config.enableDistributeManagement;
    this._eniSubnetId = config.eniSubnetId;
    this._enterpriseProjectId = config.enterpriseProjectId;
    this._flavorId = config.flavorId;
    this._hibernate = config.hibernate;
    this._ipv6Enable = config.ipv6Enable;
    this._kubeProxyMode = config.kubeProxyMode;
    this._ltsReclaimPolicy = config.ltsReclaimPolicy;
    this._multiAz = config.multiAz;
    this._name = config.name;
    this._period = config.period;
    this._periodUnit = config.periodUnit;
    this._region = config.region;
    this._securityGroupId = config.securityGroupId;
    this._serviceNetworkCidr = config.serviceNetworkCidr;
    this._subnetId = config.subnetId;
    this._tags = config.tags;
    this._timezone = config.timezone;
    this._vpcId = config.vpcId;
    this._componentConfigurations.internalValue = config.componentConfigurations;
    this._encryptionConfig.internalValue = config.encryptionConfig;
    this._extendParams.internalValue = config.extendParams;
    this._masters.internalValue = config.masters;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // agency_name - computed: false, optional: true, required: false
  private _agencyName?: string; 
  public get agencyName() {
    return this.getStringAttribute('agency_name');
  }
  public set agencyName(value: string) {
    this._agencyName = value;
  }
  public resetAgencyName() {
    this._agencyName = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get agencyNameInput() {
    return this._agencyName;
  }

  // alias - computed: true, optional: true, required: false
  private _alias?: string; 
  public get alias() {
    return this.getStringAttribute('alias');
  }
  public set alias(value: string) {
    this._alias = value;
  }
  public resetAlias() {
    this._alias = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get aliasInput() {
    return this._alias;
  }

  // authenticating_proxy_ca - computed: false, optional: true, required: false
  private _authenticatingProxyCa?: string; 
  public get authenticatingProxyCa() {
    return this.getStringAttribute('authenticating_proxy_ca');
  }
  public set authenticatingProxyCa(value: string) {
    this._authenticatingProxyCa = value;
  }
  public resetAuthenticatingProxyCa() {
    this._authenticatingProxyCa = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get authenticatingProxyCaInput() {
    return this._authenticatingProxyCa;
  }

  // authenticating_proxy_cert - computed: false, optional: true, required: false
  private _authenticatingProxyCert?: string; 
  public get authenticatingProxyCert() {
    return this.getStringAttribute('authenticating_proxy_cert');
  }
  public set authenticatingProxyCert(value: string) {
    this._authenticatingProxyCert = value;
  }
  public resetAuthenticatingProxyCert() {
    this._authenticatingProxyCert = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get authenticatingProxyCertInput() {
    return this._authenticatingProxyCert;
  }

  // authenticating_proxy_private_key - computed: false, optional: true, required: false
  private _authenticatingProxyPrivateKey?: string; 
  public get authenticatingProxyPrivateKey() {
    return this.getStringAttribute('authenticating_proxy_private_key');
  }
  public set authenticatingProxyPrivateKey(value: string) {
    this._authenticatingProxyPrivateKey = value;
  }
  public resetAuthenticatingProxyPrivateKey() {
    this._authenticatingProxyPrivateKey = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get authenticatingProxyPrivateKeyInput() {
    return this._authenticatingProxyPrivateKey;
  }

  // authentication_mode - computed: false, optional: true, required: false
  private _authenticationMode?: string; 
  public get authenticationMode() {
    return this.getStringAttribute('authentication_mode');
  }
  public set authenticationMode(value: string) {
    this._authenticationMode = value;
  }
  public resetAuthenticationMode() {
    this._authenticationMode = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get authenticationModeInput() {
    return this._authenticationMode;
  }

  // auto_renew - computed: false, optional: true, required: false
  private _autoRenew?: string; 
  public get autoRenew() {
    return this.getStringAttribute('auto_renew');
  }
  public set autoRenew(value: string) {
    this._autoRenew = value;
  }
  public resetAutoRenew() {
    this._autoRenew = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get autoRenewInput() {
    return this._autoRenew;
  }

  // category - computed: true, optional: false, required: false
  public get category() {
    return this.getStringAttribute('category');
  }

  // certificate_clusters - computed: true, optional: false, required: false
  private _certificateClusters = new CceClusterCertificateClustersList(this, "certificate_clusters", false);
  public get certificateClusters() {
    return this._certificateClusters;
  }

  // certificate_users - computed: true, optional: false, required: false
  private _certificateUsers = new CceClusterCertificateUsersList(this, "certificate_users", false);
  public get certificateUsers() {
    return this._certificateUsers;
  }

  // charging_mode - computed: true, optional: true, required: false
  private _chargingMode?: string; 
  public get chargingMode() {
    return this.getStringAttribute('charging_mode');
  }
  public set chargingMode(value: string) {
    this._chargingMode = value;
  }
  public resetChargingMode() {
    this._chargingMode = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get chargingModeInput() {
    return this._chargingMode;
  }

  // cluster_type - computed: false, optional: true, required: false
  private _clusterType?: string; 
  public get clusterType() {
    return this.getStringAttribute('cluster_type');
  }
  public set clusterType(value: string) {
    this._clusterType = value;
  }
  public resetClusterType() {
    this._clusterType = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get clusterTypeInput() {
    return this._clusterType;
  }

  // cluster_version - computed: true, optional: true, required: false
  private _clusterVersion?: string; 
  public get clusterVersion() {
    return this.getStringAttribute('cluster_version');
  }
  public set clusterVersion(value: string) {
    this._clusterVersion = value;
  }
  public resetClusterVersion() {
    this._clusterVersion = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get clusterVersionInput() {
    return this._clusterVersion;
  }

  // container_network_cidr - computed: true, optional: true, required: false
  private _containerNetworkCidr?: string; 
  public get containerNetworkCidr() {
    return this.getStringAttribute('container_network_cidr');
  }
  public set containerNetworkCidr(value: string) {
    this._containerNetworkCidr = value;
  }
  public resetContainerNetworkCidr() {
    this._containerNetworkCidr = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get containerNetworkCidrInput() {
    return this._containerNetworkCidr;
  }

  // container_network_type - computed: false, optional: false, required: true
  private _containerNetworkType?: string; 
  public get containerNetworkType() {
    return this.getStringAttribute('container_network_type');
  }
  public set containerNetworkType(value: string) {
    this._containerNetworkType = value;
  }
  // Temporarily expose input value. Use with caution.
  public get containerNetworkTypeInput() {
    return this._containerNetworkType;
  }

  // custom_san - computed: true, optional: true, required: false
  private _customSan?: string[]; 
  public get customSan() {
    return this.getListAttribute('custom_san');
  }
  public set customSan(value: string[]) {
    this._customSan = value;
  }
  public resetCustomSan() {
    this._customSan = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get customSanInput() {
    return this._customSan;
  }

  // delete_all - computed: false, optional: true, required: false
  private _deleteAll?: string; 
  public get deleteAll() {
    return this.getStringAttribute('delete_all');
  }
  public set deleteAll(value: string) {
    this._deleteAll = value;
  }
  public resetDeleteAll() {
    this._deleteAll = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get deleteAllInput() {
    return this._deleteAll;
  }

  // delete_efs - computed: false, optional: true, required: false
  private _deleteEfs?: string; 
  public get deleteEfs() {
    return this.getStringAttribute('delete_efs');
  }
  public set deleteEfs(value: string) {
    this._deleteEfs = value;
  }
  public resetDeleteEfs() {
    this._deleteEfs = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get deleteEfsInput() {
    return this._deleteEfs;
  }

  // delete_evs - computed: false, optional: true, required: false
  private _deleteEvs?: string; 
  public get deleteEvs() {
    return this.getStringAttribute('delete_evs');
  }
  public set deleteEvs(value: string) {
    this._deleteEvs = value;
  }
  public resetDeleteEvs() {
    this._deleteEvs = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get deleteEvsInput() {
    return this._deleteEvs;
  }

  // delete_obs - computed: false, optional: true, required: false
  private _deleteObs?: string; 
  public get deleteObs() {
    return this.getStringAttribute('delete_obs');
  }
  public set deleteObs(value: string) {
    this._deleteObs = value;
  }
  public resetDeleteObs() {
    this._deleteObs = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get deleteObsInput() {
    return this._deleteObs;
  }

  // delete_sfs - computed: false, optional: true, required: false
  private _deleteSfs?: string; 
  public get deleteSfs() {
    return this.getStringAttribute('delete_sfs');
  }
  public set deleteSfs(value: string) {
    this._deleteSfs = value;
  }
  public resetDeleteSfs() {
    this._deleteSfs = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get deleteSfsInput() {
    return this._deleteSfs;
  }

  // description - computed: false, optional: true, required: false
  private _description?: string; 
  public get description() {
    return this.getStringAttribute('description');
  }
  public set description(value: string) {
    this._description = value;
  }
  public resetDescription() {
    this._description = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get descriptionInput() {
    return this._description;
  }

  // eip - computed: false, optional: true, required: false
  private _eip?: string; 
  public get eip() {
    return this.getStringAttribute('eip');
  }
  public set eip(value: string) {
    this._eip = value;
  }
  public resetEip() {
    this._eip = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get eipInput() {
    return this._eip;
  }

  // enable_distribute_management - computed: true, optional: true, required: false
  private _enableDistributeManagement?: boolean | cdktf.IResolvable; 
  public get enableDistributeManagement() {
    return this.getBooleanAttribute('enable_distribute_management');
  }
  public set enableDistributeManagement(value: boolean | cdktf.IResolvable) {
    this._enableDistributeManagement = value;
  }
  public resetEnableDistributeManagement() {
    this._enableDistributeManagement = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get enableDistributeManagementInput() {
    return this._enableDistributeManagement;
  }

  // eni_subnet_cidr - computed: true, optional: false, required: false
  public get eniSubnetCidr() {
    return this.getStringAttribute('eni_subnet_cidr');
  }

  // eni_subnet_id - computed: true, optional: true, required: false
  private _eniSubnetId?: string; 
  public get eniSubnetId() {
    return this.getStringAttribute('eni_subnet_id');
  }
  public set eniSubnetId(value: string) {
    this._eniSubnetId = value;
  }
  public resetEniSubnetId() {
    this._eniSubnetId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get eniSubnetIdInput() {
    return this._eniSubnetId;
  }

  // enterprise_project_id - computed: true, optional: true, required: false
  private _enterpriseProjectId?: string; 
  public get enterpriseProjectId() {
    return this.getStringAttribute('enterprise_project_id');
  }
  public set enterpriseProjectId(value: string) {
    this._enterpriseProjectId = value;
  }
  public resetEnterpriseProjectId() {
    this._enterpriseProjectId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get enterpriseProjectIdInput() {
    return this._enterpriseProjectId;
  }

  // flavor_id - computed: false, optional: false, required: true
  private _flavorId?: string; 
  public get flavorId() {
    return this.getStringAttribute('flavor_id');
  }
  public set flavorId(value: string) {
    this._flavorId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get flavorIdInput() {
    return this._flavorId;
  }

  // hibernate - computed: false, optional: true, required: false
  private _hibernate?: boolean | cdktf.IResolvable; 
  public get hibernate() {
    return this.getBooleanAttribute('hibernate');
  }
  public set hibernate(value: boolean | cdktf.IResolvable) {
    this._hibernate = value;
  }
  public resetHibernate() {
    this._hibernate = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get hibernateInput() {
    return this._hibernate;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // ipv6_enable - computed: true, optional: true, required: false
  private _ipv6Enable?: boolean | cdktf.IResolvable; 
  public get ipv6Enable() {
    return this.getBooleanAttribute('ipv6_enable');
  }
  public set ipv6Enable(value: boolean | cdktf.IResolvable) {
    this._ipv6Enable = value;
  }
  public resetIpv6Enable() {
    this._ipv6Enable = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ipv6EnableInput() {
    return this._ipv6Enable;
  }

  // kube_config_raw - computed: true, optional: false, required: false
  public get kubeConfigRaw() {
    return this.getStringAttribute('kube_config_raw');
  }

  // kube_proxy_mode - computed: true, optional: true, required: false
  private _kubeProxyMode?: string; 
  public get kubeProxyMode() {
    return this.getStringAttribute('kube_proxy_mode');
  }
  public set kubeProxyMode(value: string) {
    this._kubeProxyMode = value;
  }
  public resetKubeProxyMode() {
    this._kubeProxyMode = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get kubeProxyModeInput() {
    return this._kubeProxyMode;
  }

  // lts_reclaim_policy - computed: false, optional: true, required: false
  private _ltsReclaimPolicy?: string; 
  public get ltsReclaimPolicy() {
    return this.getStringAttribute('lts_reclaim_policy');
  }
  public set ltsReclaimPolicy(value: string) {
    this._ltsReclaimPolicy = value;
  }
  public resetLtsReclaimPolicy() {
    this._ltsReclaimPolicy = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ltsReclaimPolicyInput() {
    return this._ltsReclaimPolicy;
  }

  // multi_az - computed: false, optional: true, required: false
  private _multiAz?: boolean | cdktf.IResolvable; 
  public get multiAz() {
    return this.getBooleanAttribute('multi_az');
  }
  public set multiAz(value: boolean | cdktf.IResolvable) {
    this._multiAz = value;
  }
  public resetMultiAz() {
    this._multiAz = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get multiAzInput() {
    return this._multiAz;
  }

  // name - computed: false, optional: false, required: true
  private _name?: string; 
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
  }

  // period - computed: false, optional: true, required: false
  private _period?: number; 
  public get period() {
    return this.getNumberAttribute('period');
  }
  public set period(value: number) {
    this._period = value;
  }
  public resetPeriod() {
    this._period = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get periodInput() {
    return this._period;
  }

  // period_unit - computed: false, optional: true, required: false
  private _periodUnit?: string; 
  public get periodUnit() {
    return this.getStringAttribute('period_unit');
  }
  public set periodUnit(value: string) {
    this._periodUnit = value;
  }
  public resetPeriodUnit() {
    this._periodUnit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get periodUnitInput() {
    return this._periodUnit;
  }

  // region - computed: true, optional: true, required: false
  private _region?: string; 
  public get region() {
    return this.getStringAttribute('region');
  }
  public set region(value: string) {
    this._region = value;
  }
  public resetRegion() {
    this._region = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get regionInput() {
    return this._region;
  }

  // security_group_id - computed: true, optional: true, required: false
  private _securityGroupId?: string; 
  public get securityGroupId() {
    return this.getStringAttribute('security_group_id');
  }
  public set securityGroupId(value: string) {
    this._securityGroupId = value;
  }
  public resetSecurityGroupId() {
    this._securityGroupId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get securityGroupIdInput() {
    return this._securityGroupId;
  }

  // service_network_cidr - computed: true, optional: true, required: false
  private _serviceNetworkCidr?: string; 
  public get serviceNetworkCidr() {
    return this.getStringAttribute('service_network_cidr');
  }
  public set serviceNetworkCidr(value: string) {
    this._serviceNetworkCidr = value;
  }
  public resetServiceNetworkCidr() {
    this._serviceNetworkCidr = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get serviceNetworkCidrInput() {
    return this._serviceNetworkCidr;
  }

  // status - computed: true, optional: false, required: false
  public get status() {
    return this.getStringAttribute('status');
  }

  // subnet_id - computed: false, optional: false, required: true
  private _subnetId?: string; 
  public get subnetId() {
    return this.getStringAttribute('subnet_id');
  }
  public set subnetId(value: string) {
    this._subnetId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get subnetIdInput() {
    return this._subnetId;
  }

  // support_istio - computed: true, optional: false, required: false
  public get supportIstio() {
    return this.getBooleanAttribute('support_istio');
  }

  // tags - computed: true, optional: true, required: false
  private _tags?: { [key: string]: string }; 
  public get tags() {
    return this.getStringMapAttribute('tags');
  }
  public set tags(value: { [key: string]: string }) {
    this._tags = value;
  }
  public resetTags() {
    this._tags = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tagsInput() {
    return this._tags;
  }

  // timezone - computed: true, optional: true, required: false
  private _timezone?: string; 
  public get timezone() {
    return this.getStringAttribute('timezone');
  }
  public set timezone(value: string) {
    this._timezone = value;
  }
  public resetTimezone() {
    this._timezone = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get timezoneInput() {
    return this._timezone;
  }

  // vpc_id - computed: false, optional: false, required: true
  private _vpcId?: string; 
  public get vpcId() {
    return this.getStringAttribute('vpc_id');
  }
  public set vpcId(value: string) {
    this._vpcId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get vpcIdInput() {
    return this._vpcId;
  }

  // component_configurations - computed: false, optional: true, required: false
  private _componentConfigurations = new CceClusterComponentConfigurationsList(this, "component_configurations", false);
  public get componentConfigurations() {
    return this._componentConfigurations;
  }
  public putComponentConfigurations(value: CceClusterComponentConfigurations[] | cdktf.IResolvable) {
    this._componentConfigurations.internalValue = value;
  }
  public resetComponentConfigurations() {
    this._componentConfigurations.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get componentConfigurationsInput() {
    return this._componentConfigurations.internalValue;
  }

  // encryption_config - computed: false, optional: true, required: false
  private _encryptionConfig = new CceClusterEncryptionConfigOutputReference(this, "encryption_config");
  public get encryptionConfig() {
    return this._encryptionConfig;
  }
  public putEncryptionConfig(value: CceClusterEncryptionConfig) {
    this._encryptionConfig.internalValue = value;
  }
  public resetEncryptionConfig() {
    this._encryptionConfig.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get encryptionConfigInput() {
    return this._encryptionConfig.internalValue;
  }

  // extend_params - computed: false, optional: true, required: false
  private _extendParams = new CceClusterExtendParamsList(this, "extend_params", false);
  public get extendParams() {
    return this._extendParams;
  }
  public putExtendParams(value: CceClusterExtendParams[] | cdktf.IResolvable) {
    this._extendParams.internalValue = value;
  }
  public resetExtendParams() {
    this._extendParams.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get extendParamsInput() {
    return this._extendParams.internalValue;
  }

  // masters - computed: false, optional: true, required: false
  private _masters = new CceClusterMastersList(this, "masters", false);
  public get masters() {
    return this._masters;
  }
  public putMasters(value: CceClusterMasters[] | cdktf.IResolvable) {
    this._masters.internalValue = value;
  }
  public resetMasters() {
    this._masters.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mastersInput() {
    return this._masters.internalValue;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      agency_name: cdktf.stringToTerraform(this._agencyName),
      alias: cdktf.stringToTerraform(this._alias),
      authenticating_proxy_ca: cdktf.stringToTerraform(this._authenticatingProxyCa),
      authenticating_proxy_cert: cdktf.stringToTerraform(this._authenticatingProxyCert),
      authenticating_proxy_private_key: cdktf.stringToTerraform(this._authenticatingProxyPrivateKey),
      authentication_mode: cdktf.stringToTerraform(this._authenticationMode),
      auto_renew: cdktf.stringToTerraform(this._autoRenew),
      charging_mode: cdktf.stringToTerraform(this._chargingMode),
      cluster_type: cdktf.stringToTerraform(this._clusterType),
      cluster_version: cdktf.stringToTerraform(this._clusterVersion),
      container_network_cidr: cdktf.stringToTerraform(this._containerNetworkCidr),
      container_network_type: cdktf.stringToTerraform(this._containerNetworkType),
      custom_san: cdktf.listMapper(cdktf.stringToTerraform, false)(this._customSan),
      delete_all: cdktf.stringToTerraform(this._deleteAll),
      delete_efs: cdktf.stringToTerraform(this._deleteEfs),
      delete_evs: cdktf.stringToTerraform(this._deleteEvs),
      delete_obs: cdktf.stringToTerraform(this._deleteObs),
      delete_sfs: cdktf.stringToTerraform(this._deleteSfs),
      description: cdktf.stringToTerraform(this._description),
      eip: cdktf.stringToTerraform(this._eip),
      enable_distribute_management: cdktf.booleanToTerraform(this._enableDistributeManagement),
      eni_subnet_id: cdktf.stringToTerraform(this._eniSubnetId),
      enterprise_project_id: cdktf.stringToTerraform(this._enterpriseProjectId),
      flavor_id: cdktf.stringToTerraform(this._flavorId),
      hibernate: cdktf.booleanToTerraform(this._hibernate),
      ipv6_enable: cdktf.booleanToTerraform(this._ipv6Enable),
      kube_proxy_mode: cdktf.stringToTerraform(this._kubeProxyMode),
      lts_reclaim_policy: cdktf.stringToTerraform(this._ltsReclaimPolicy),
      multi_az: cdktf.booleanToTerraform(this._multiAz),
      name: cdktf.stringToTerraform(this._name),
      period: cdktf.numberToTerraform(this._period),
      period_unit: cdktf.stringToTerraform(this._periodUnit),
      region: cdktf.stringToTerraform(this._region),
      security_group_id: cdktf.stringToTerraform(this._securityGroupId),
      service_network_cidr: cdktf.stringToTerraform(this._serviceNetworkCidr),
      subnet_id: cdktf.stringToTerraform(this._subnetId),
      tags: cdktf.hashMapper(cdktf.stringToTerraform)(this._tags),
      timezone: cdktf.stringToTerraform(this._timezone),
      vpc_id: cdktf.stringToTerraform(this._vpcId),
      component_configurations: cdktf.listMapper(cceClusterComponentConfigurationsToTerraform, true)(this._componentConfigurations.internalValue),
      encryption_config: cceClusterEncryptionConfigToTerraform(this._encryptionConfig.internalValue),
      extend_params: cdktf.listMapper(cceClusterExtendParamsToTerraform, true)(this._extendParams.internalValue),
      masters: cdktf.listMapper(cceClusterMastersToTerraform, true)(this._masters.internalValue),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      agency_name: {
        value: cdktf.stringToHclTerraform(this._agencyName),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      alias: {
        value: cdktf.stringToHclTerraform(this._alias),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      authenticating_proxy_ca: {
        value: cdktf.stringToHclTerraform(this._authenticatingProxyCa),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      authenticating_proxy_cert: {
        value: cdktf.stringToHclTerraform(this._authenticatingProxyCert),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      authenticating_proxy_private_key: {
        value: cdktf.stringToHclTerraform(this._authenticatingProxyPrivateKey),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      authentication_mode: {
        value: cdktf.stringToHclTerraform(this._authenticationMode),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      auto_renew: {
        value: cdktf.stringToHclTerraform(this._autoRenew),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      charging_mode: {
        value: cdktf.stringToHclTerraform(this._chargingMode),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      cluster_type: {
        value: cdktf.stringToHclTerraform(this._clusterType),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      cluster_version: {
        value: cdktf.stringToHclTerraform(this._clusterVersion),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      container_network_cidr: {
        value: cdktf.stringToHclTerraform(this._containerNetworkCidr),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      container_network_type: {
        value: cdktf.stringToHclTerraform(this._containerNetworkType),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      custom_san: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._customSan),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      delete_all: {
        value: cdktf.stringToHclTerraform(this._deleteAll),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      delete_efs: {
        value: cdktf.stringToHclTerraform(this._deleteEfs),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      delete_evs: {
        value: cdktf.stringToHclTerraform(this._deleteEvs),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      delete_obs: {
        value: cdktf.stringToHclTerraform(this._deleteObs),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      delete_sfs: {
        value: cdktf.stringToHclTerraform(this._deleteSfs),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      description: {
        value: cdktf.stringToHclTerraform(this._description),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      eip: {
        value: cdktf.stringToHclTerraform(this._eip),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      enable_distribute_management: {
        value: cdktf.booleanToHclTerraform(this._enableDistributeManagement),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      eni_subnet_id: {
        value: cdktf.stringToHclTerraform(this._eniSubnetId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      enterprise_project_id: {
        value: cdktf.stringToHclTerraform(this._enterpriseProjectId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      flavor_id: {
        value: cdktf.stringToHclTerraform(this._flavorId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      hibernate: {
        value: cdktf.booleanToHclTerraform(this._hibernate),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      ipv6_enable: {
        value: cdktf.booleanToHclTerraform(this._ipv6Enable),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      kube_proxy_mode: {
        value: cdktf.stringToHclTerraform(this._kubeProxyMode),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      lts_reclaim_policy: {
        value: cdktf.stringToHclTerraform(this._ltsReclaimPolicy),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      multi_az: {
        value: cdktf.booleanToHclTerraform(this._multiAz),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      name: {
        value: cdktf.stringToHclTerraform(this._name),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      period: {
        value: cdktf.numberToHclTerraform(this._period),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      period_unit: {
        value: cdktf.stringToHclTerraform(this._periodUnit),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      region: {
        value: cdktf.stringToHclTerraform(this._region),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      security_group_id: {
        value: cdktf.stringToHclTerraform(this._securityGroupId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      service_network_cidr: {
        value: cdktf.stringToHclTerraform(this._serviceNetworkCidr),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      subnet_id: {
        value: cdktf.stringToHclTerraform(this._subnetId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      tags: {
        value: cdktf.hashMapperHcl(cdktf.stringToHclTerraform)(this._tags),
        isBlock: false,
        type: "map",
        storageClassType: "stringMap",
      },
      timezone: {
        value: cdktf.stringToHclTerraform(this._timezone),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      vpc_id: {
        value: cdktf.stringToHclTerraform(this._vpcId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      component_configurations: {
        value: cdktf.listMapperHcl(cceClusterComponentConfigurationsToHclTerraform, true)(this._componentConfigurations.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "CceClusterComponentConfigurationsList",
      },
      encryption_config: {
        value: cceClusterEncryptionConfigToHclTerraform(this._encryptionConfig.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "CceClusterEncryptionConfigList",
      },
      extend_params: {
        value: cdktf.listMapperHcl(cceClusterExtendParamsToHclTerraform, true)(this._extendParams.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "CceClusterExtendParamsList",
      },
      masters: {
        value: cdktf.listMapperHcl(cceClusterMastersToHclTerraform, true)(this._masters.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "CceClusterMastersList",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}

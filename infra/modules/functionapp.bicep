// The Function App on a Flex Consumption plan: .NET 10 isolated worker, HTTPS only, no basic-auth
// publishing, storage and secrets reached with the user-assigned identity.
param name string
param planName string
param location string
param tags object

@description('Resource ID of the user-assigned identity the app runs as.')
param identityId string

@description('Client ID of that identity, so that the host and DefaultAzureCredential pick it.')
param identityClientId string

param storageAccountName string
param deploymentContainerUrl string
param applicationInsightsConnectionString string

@description('Versionless Key Vault URIs of entraClientSecret, sendGridApiKey and linkSigningKey.')
param secretUris object

param entraClientId string
param outlookDrafts bool
param sendGridSenderAddress string
param sendGridSenderName string
param digestDefaultDay string
param digestDefaultHour int

@description('Vault holding the key ring\'s key-encryption key, which the app reads with its identity.')
param keyVaultUri string
param keyRingSecretName string
param sendGridEventWebhookPublicKey string
param unsubscribeMailbox string

@allowed([512, 2048, 4096])
@description('Memory of each instance, billed per GB-second while it executes.')
param instanceMemoryMB int = 2048

@minValue(40)
@maxValue(1000)
@description('Upper bound on instances, which bounds both spend and concurrent Graph traffic (40 is the plan\'s lowest).')
param maximumInstanceCount int = 40

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    tier: 'FlexConsumption'
    name: 'FC1'
  }
  properties: {
    reserved: true
  }
}

resource site 'Microsoft.Web/sites@2024-04-01' = {
  name: name
  location: location
  // azd finds the app to deploy the "nudge" service of azure.yaml to by this tag.
  tags: union(tags, { 'azd-service-name': 'nudge' })
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identityId}': {} }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: identityId
    siteConfig: {
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: deploymentContainerUrl
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identityId
          }
        }
      }
      scaleAndConcurrency: {
        instanceMemoryMB: instanceMemoryMB
        maximumInstanceCount: maximumInstanceCount
      }
      runtime: {
        name: 'dotnet-isolated'
        version: '10.0'
      }
    }
  }
}

// Deployments go through Entra ID (azd signs in); FTP and SCM basic-auth credentials stay off.
resource ftpPublishing 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: site
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource scmPublishing 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: site
  name: 'scm'
  properties: {
    allow: false
  }
}

var url = 'https://${site.properties.defaultHostName}'

// Set after the site exists because the public URL and redirect URI derive from its host name.
resource settings 'Microsoft.Web/sites/config@2024-04-01' = {
  parent: site
  name: 'appsettings'
  properties: {
    // The Functions host's own storage, with the identity instead of a connection string.
    AzureWebJobsStorage__accountName: storageAccountName
    AzureWebJobsStorage__credential: 'managedidentity'
    AzureWebJobsStorage__clientId: identityClientId
    // DefaultAzureCredential in NudgeService's storage clients uses this identity.
    AZURE_CLIENT_ID: identityClientId
    APPLICATIONINSIGHTS_CONNECTION_STRING: applicationInsightsConnectionString
    APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'ClientId=${identityClientId};Authorization=AAD'
    Nudge__PublicBaseUrl: url
    Nudge__Identity__ClientId: entraClientId
    Nudge__Identity__ClientSecret: '@Microsoft.KeyVault(SecretUri=${secretUris.entraClientSecret})'
    Nudge__Identity__RedirectUri: '${url}/api/auth/callback'
    Nudge__Identity__OutlookDrafts: string(outlookDrafts)
    Nudge__Storage__AccountName: storageAccountName
    Nudge__SendGrid__ApiKey: '@Microsoft.KeyVault(SecretUri=${secretUris.sendGridApiKey})'
    Nudge__SendGrid__SenderAddress: sendGridSenderAddress
    Nudge__SendGrid__SenderName: sendGridSenderName
    Nudge__Links__SigningKey: '@Microsoft.KeyVault(SecretUri=${secretUris.linkSigningKey})'
    Nudge__Digest__DefaultDay: digestDefaultDay
    Nudge__Digest__DefaultHour: string(digestDefaultHour)
    Nudge__KeyRing__KeyVaultUri: keyVaultUri
    Nudge__KeyRing__SecretName: keyRingSecretName
    Nudge__SendGrid__EventWebhookPublicKey: sendGridEventWebhookPublicKey
    Nudge__SendGrid__UnsubscribeMailbox: unsubscribeMailbox
  }
}

output name string = site.name
output url string = url
output redirectUri string = '${url}/api/auth/callback'

// NudgeService in one resource group: a Function App on Flex Consumption that reaches its Storage
// account and Key Vault with a user-assigned managed identity, and reports to Application Insights,
// whose alerts notify the operator's action group.
targetScope = 'subscription'

@minLength(1)
@maxLength(64)
@description('The azd environment name; names and tags every resource.')
param environmentName string

@minLength(1)
@description('Azure region for every resource; it must offer the Flex Consumption plan.')
param location string

@description('Resource group to create; derived from the environment name when empty.')
param resourceGroupName string = ''

@description('Function App name (also the host name <name>.azurewebsites.net); derived when empty.')
param functionAppName string = ''

@description('Storage account name (3-24 lowercase letters and digits); derived when empty.')
param storageAccountName string = ''

@description('Key Vault name (3-24 characters); derived when empty.')
param keyVaultName string = ''

@minLength(1)
@description('Application (client) ID of the Entra app registration.')
param entraClientId string

@secure()
@description('Client secret of the Entra app registration; stored in Key Vault only.')
param entraClientSecret string

@description('Ask for Mail.ReadWrite so that "Edit in Outlook" can create drafts.')
param outlookDrafts bool = false

@secure()
@description('SendGrid API key with the Mail Send permission; stored in Key Vault only.')
param sendGridApiKey string

@minLength(3)
@description('SendGrid verified sender address the digests come from.')
param sendGridSenderAddress string

@description('Display name of the digest sender.')
param sendGridSenderName string = 'NudgeService'

@secure()
@description('Key that authenticates the links in emails; stored in Key Vault only.')
param linkSigningKey string

@secure()
@description('Base64 of 32 random bytes encrypting the data-protection key ring at rest; stored in Key Vault only.')
param keyRingEncryptionKey string

@description('Verification key of SendGrid\'s signed Event Webhook (Settings → Mail Settings → Event Webhook); the webhook refuses every post until it is set.')
param sendGridEventWebhookPublicKey string = ''

@description('A mailbox you read, offered beside the one-click link as the mailto alternative of List-Unsubscribe; none when empty.')
param unsubscribeMailbox string = ''

@minLength(1)
@description('Name of the action group the alerts notify, chosen by the operator.')
param alertActionGroupName string

@minLength(3)
@description('Email address the alerts go to.')
param alertEmailAddress string

@allowed(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'])
@description('Day of the first digest, in each user\'s mailbox time zone.')
param digestDefaultDay string = 'Monday'

@minValue(0)
@maxValue(23)
@description('Hour of the first digest, in each user\'s mailbox time zone.')
param digestDefaultHour int = 8

@description('Object ID of the person deploying (azd sets it), granted Key Vault Secrets Officer to rotate secrets; none when empty.')
param principalId string = ''

// One short, stable suffix per subscription, environment and region keeps global names unique.
var resourceToken = toLower(uniqueString(subscription().id, environmentName, location))
var tags = { 'azd-env-name': environmentName }

resource group 'Microsoft.Resources/resourceGroups@2024-03-01' = {
  name: empty(resourceGroupName) ? 'rg-${environmentName}' : resourceGroupName
  location: location
  tags: tags
}

module identity 'modules/identity.bicep' = {
  scope: group
  params: {
    name: 'id-${resourceToken}'
    location: location
    tags: tags
  }
}

module monitoring 'modules/monitoring.bicep' = {
  scope: group
  params: {
    logAnalyticsName: 'log-${resourceToken}'
    applicationInsightsName: 'appi-${resourceToken}'
    location: location
    tags: tags
    publisherPrincipalId: identity.outputs.principalId
  }
}

module storage 'modules/storage.bicep' = {
  scope: group
  params: {
    name: empty(storageAccountName) ? 'st${resourceToken}' : storageAccountName
    location: location
    tags: tags
    dataPrincipalId: identity.outputs.principalId
  }
}

module vault 'modules/keyvault.bicep' = {
  scope: group
  params: {
    name: empty(keyVaultName) ? 'kv-${resourceToken}' : keyVaultName
    location: location
    tags: tags
    readerPrincipalId: identity.outputs.principalId
    operatorPrincipalId: principalId
    entraClientSecret: entraClientSecret
    sendGridApiKey: sendGridApiKey
    linkSigningKey: linkSigningKey
    keyRingEncryptionKey: keyRingEncryptionKey
  }
}

module app 'modules/functionapp.bicep' = {
  scope: group
  params: {
    name: empty(functionAppName) ? 'func-${resourceToken}' : functionAppName
    planName: 'plan-${resourceToken}'
    location: location
    tags: tags
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    storageAccountName: storage.outputs.name
    deploymentContainerUrl: storage.outputs.deploymentContainerUrl
    applicationInsightsConnectionString: monitoring.outputs.connectionString
    secretUris: vault.outputs.secretUris
    entraClientId: entraClientId
    outlookDrafts: outlookDrafts
    sendGridSenderAddress: sendGridSenderAddress
    sendGridSenderName: sendGridSenderName
    digestDefaultDay: digestDefaultDay
    digestDefaultHour: digestDefaultHour
    keyVaultUri: vault.outputs.uri
    keyRingSecretName: vault.outputs.keyRingSecretName
    sendGridEventWebhookPublicKey: sendGridEventWebhookPublicKey
    unsubscribeMailbox: unsubscribeMailbox
  }
}

module alerts 'modules/alerts.bicep' = {
  scope: group
  params: {
    location: location
    tags: tags
    applicationInsightsId: monitoring.outputs.id
    actionGroupName: alertActionGroupName
    emailAddress: alertEmailAddress
  }
}

output AZURE_LOCATION string = location
output AZURE_RESOURCE_GROUP string = group.name
output AZURE_FUNCTION_APP_NAME string = app.outputs.name
output AZURE_KEY_VAULT_NAME string = vault.outputs.name
output AZURE_STORAGE_ACCOUNT_NAME string = storage.outputs.name
output NUDGE_APP_URL string = app.outputs.url
@description('Register this address as a Web redirect URI on the Entra app.')
output NUDGE_REDIRECT_URI string = app.outputs.redirectUri

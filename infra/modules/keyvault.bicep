// The three secrets NudgeService needs, in a vault that grants access through Azure RBAC only.
// The app reads them through Key Vault references; nothing else holds their values.
param name string
param location string
param tags object

@description('Principal that reads the secrets (the Function App\'s identity).')
param readerPrincipalId string

@description('Person allowed to write new secret versions; none when empty.')
param operatorPrincipalId string

@secure()
param entraClientSecret string

@secure()
param sendGridApiKey string

@secure()
param linkSigningKey string

var keyVaultSecretsUser = '4633458b-17de-408a-b874-0445c86b69e6'
var keyVaultSecretsOfficer = 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7'

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: subscription().tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 7
    publicNetworkAccess: 'Enabled'
  }
}

resource clientSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'entra-client-secret'
  properties: {
    value: entraClientSecret
    contentType: 'Entra app registration client secret'
  }
}

resource sendGridKey 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'sendgrid-api-key'
  properties: {
    value: sendGridApiKey
    contentType: 'SendGrid API key (Mail Send)'
  }
}

resource linkKey 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'link-signing-key'
  properties: {
    value: linkSigningKey
    contentType: 'Key authenticating the links in emails'
  }
}

resource reader 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: vault
  name: guid(vault.id, readerPrincipalId, keyVaultSecretsUser)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUser)
    principalId: readerPrincipalId
    principalType: 'ServicePrincipal'
  }
}

resource operator 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(operatorPrincipalId)) {
  scope: vault
  name: guid(vault.id, operatorPrincipalId, keyVaultSecretsOfficer)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsOfficer)
    principalId: operatorPrincipalId
  }
}

output name string = vault.name
// Versionless URIs: the app follows the latest version of each secret, which is how rotation works.
output secretUris object = {
  entraClientSecret: clientSecret.properties.secretUri
  sendGridApiKey: sendGridKey.properties.secretUri
  linkSigningKey: linkKey.properties.secretUri
}

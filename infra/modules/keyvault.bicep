// The secrets NudgeService needs, in a vault that grants access through Azure RBAC only. The app
// reads three through Key Vault references and the key ring's key-encryption key with its identity;
// it may read each of these four secrets and nothing else in the vault.
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

@secure()
@description('Base64 of 32 random bytes that encrypts the data-protection key ring at rest.')
param keyRingEncryptionKey string

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

// The key ring lives in blob storage; the key that opens it lives here, never beside it.
resource keyRingKey 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'dataprotection-kek'
  properties: {
    value: keyRingEncryptionKey
    contentType: 'AES-256 key encrypting the data-protection key ring'
  }
}

// Read access secret by secret, so that a secret added to the vault later is not readable by the app unless granted.
resource clientSecretReader 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: clientSecret
  name: guid(clientSecret.id, readerPrincipalId, keyVaultSecretsUser)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUser)
    principalId: readerPrincipalId
    principalType: 'ServicePrincipal'
  }
}

resource sendGridKeyReader 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: sendGridKey
  name: guid(sendGridKey.id, readerPrincipalId, keyVaultSecretsUser)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUser)
    principalId: readerPrincipalId
    principalType: 'ServicePrincipal'
  }
}

resource linkKeyReader 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: linkKey
  name: guid(linkKey.id, readerPrincipalId, keyVaultSecretsUser)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUser)
    principalId: readerPrincipalId
    principalType: 'ServicePrincipal'
  }
}

resource keyRingKeyReader 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: keyRingKey
  name: guid(keyRingKey.id, readerPrincipalId, keyVaultSecretsUser)
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
output uri string = vault.properties.vaultUri
output keyRingSecretName string = keyRingKey.name
// Versionless URIs: the app follows the latest version of each secret, which is how rotation works.
output secretUris object = {
  entraClientSecret: clientSecret.properties.secretUri
  sendGridApiKey: sendGridKey.properties.secretUri
  linkSigningKey: linkKey.properties.secretUri
}

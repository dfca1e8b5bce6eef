// What an operator must hear about, as log alerts over Application Insights, all notifying one action
// group the operator names. The figures come from NudgeService's own metrics (NudgeMetrics) and
// from the Functions host's record of each execution.
param location string
param tags object

@description('Resource ID of the Application Insights component the queries read.')
param applicationInsightsId string

@description('Name of the action group, chosen by the operator.')
param actionGroupName string

@description('Where the alerts are emailed.')
param emailAddress string

@minValue(1)
@maxValue(100)
@description('Share of finished digest weeks that ended Missed, in percent, above which to alert.')
param missedPercentThreshold int = 5

@minValue(1)
@maxValue(100)
@description('Share of digest-job executions that failed, in percent, above which to alert.')
param jobFailurePercentThreshold int = 20

@minValue(1)
@maxValue(10)
@description('Bounced share of our emails, in percent, above which to alert; mailbox providers start filtering well before 5 %.')
param bouncePercentThreshold int = 2

@minValue(1)
@maxValue(30)
@description('Spam reports per 10,000 delivered emails above which to alert: bulk-sender rules require staying under 0.3 % (30) and advise under 0.1 % (10).')
param spamPerTenThousandThreshold int = 10

@minValue(1)
@description('Emails a day below which bounce and spam shares are not judged, as a handful of emails says nothing.')
param minimumDailyEmails int = 50

resource actionGroup 'Microsoft.Insights/actionGroups@2023-01-01' = {
  name: actionGroupName
  location: 'global'
  tags: tags
  properties: {
    groupShortName: take(actionGroupName, 12)
    enabled: true
    emailReceivers: [
      {
        name: 'operator'
        emailAddress: emailAddress
        useCommonAlertSchema: true
      }
    ]
  }
}

var rules = [
  {
    name: 'poison-queue-not-empty'
    displayName: 'Digest jobs wait in digest-jobs-poison'
    description: 'A digest job failed every attempt and waits in digest-jobs-poison; its user gets no digest this week until it is retried (./nudge poison list, then retry).'
    severity: 2
    frequency: 'PT1H'
    window: 'PT2H'
    query: 'customMetrics | where name == "nudge.jobs.poison_waiting" | summarize waiting = max(valueMax)'
    measure: 'waiting'
    threshold: 0
  }
  {
    name: 'missed-share'
    displayName: 'Too many digest weeks missed'
    description: 'More than ${missedPercentThreshold} % of the digest weeks finished today ended Missed: jobs kept failing until the week was over.'
    severity: 2
    frequency: 'PT1H'
    window: 'P1D'
    query: 'customMetrics | where name == "nudge.digests" | extend outcome = tostring(customDimensions["outcome"]) | summarize missed = sumif(valueSum, outcome == "Missed"), finished = sum(valueSum) | where finished > 0 | extend missedPercent = 100.0 * missed / finished'
    measure: 'missedPercent'
    threshold: missedPercentThreshold
  }
  {
    name: 'job-failure-rate'
    displayName: 'Digest jobs failing'
    description: 'More than ${jobFailurePercentThreshold} % of digest-job executions in the last six hours failed (each is retried up to four times before the poison queue).'
    severity: 2
    frequency: 'PT1H'
    window: 'PT6H'
    query: 'requests | where name == "digest-job" | summarize failed = countif(success == false), runs = count() | where runs > 0 | extend failedPercent = 100.0 * failed / runs'
    measure: 'failedPercent'
    threshold: jobFailurePercentThreshold
  }
  {
    name: 'bounce-rate'
    displayName: 'Emails bouncing'
    description: 'More than ${bouncePercentThreshold} % of our emails bounced or were blocked today: check domain authentication and the sender reputation before it gets worse.'
    severity: 1
    frequency: 'PT1H'
    window: 'P1D'
    query: 'customMetrics | where name == "nudge.mail.events" | extend kind = tostring(customDimensions["kind"]) | summarize bounced = sumif(valueSum, kind == "bounce"), delivered = sumif(valueSum, kind == "delivered") | where bounced + delivered >= ${minimumDailyEmails} | extend bouncePercent = 100.0 * bounced / (bounced + delivered)'
    measure: 'bouncePercent'
    threshold: bouncePercentThreshold
  }
  {
    name: 'spam-rate'
    displayName: 'Spam reports near the bulk-sender limit'
    description: 'More than ${spamPerTenThousandThreshold} spam reports per 10,000 delivered emails today; mailbox providers reject bulk senders at 0.3 % (30).'
    severity: 1
    frequency: 'PT1H'
    window: 'P1D'
    query: 'customMetrics | where name == "nudge.mail.events" | extend kind = tostring(customDimensions["kind"]) | summarize reports = sumif(valueSum, kind == "spamreport"), delivered = sumif(valueSum, kind == "delivered") | where delivered >= ${minimumDailyEmails} | extend spamPerTenThousand = 10000.0 * reports / delivered'
    measure: 'spamPerTenThousand'
    threshold: spamPerTenThousandThreshold
  }
]

resource alerts 'Microsoft.Insights/scheduledQueryRules@2023-12-01' = [for rule in rules: {
  name: 'alert-${rule.name}'
  location: location
  tags: tags
  properties: {
    displayName: rule.displayName
    description: rule.description
    severity: rule.severity
    enabled: true
    scopes: [applicationInsightsId]
    evaluationFrequency: rule.frequency
    windowSize: rule.window
    autoMitigate: true
    criteria: {
      allOf: [
        {
          query: rule.query
          timeAggregation: 'Maximum'
          metricMeasureColumn: rule.measure
          operator: 'GreaterThan'
          threshold: rule.threshold
          failingPeriods: {
            numberOfEvaluationPeriods: 1
            minFailingPeriodsToAlert: 1
          }
        }
      ]
    }
    actions: {
      actionGroups: [actionGroup.id]
    }
  }
}]

package tools

// AggregateGroupBy names a dimension that a conversation aggregates query
// can group its results by, such as queueId, userId or mediaType.
type AggregateGroupBy string

// AggregateGroupBy values.
const (
	AggregateGroupByActiveRouting                AggregateGroupBy = "activeRouting"
	AggregateGroupByActiveSkillID                AggregateGroupBy = "activeSkillId"
	AggregateGroupByAddressFrom                  AggregateGroupBy = "addressFrom"
	AggregateGroupByAddressTo                    AggregateGroupBy = "addressTo"
	AggregateGroupByAgentAssistantID             AggregateGroupBy = "agentAssistantId"
	AggregateGroupByAgentBullseyeRing            AggregateGroupBy = "agentBullseyeRing"
	AggregateGroupByAgentOwned                   AggregateGroupBy = "agentOwned"
	AggregateGroupByAgentRank                    AggregateGroupBy = "agentRank"
	AggregateGroupByAgentScore                   AggregateGroupBy = "agentScore"
	AggregateGroupByANI                          AggregateGroupBy = "ani"
	AggregateGroupByAssignerID                   AggregateGroupBy = "assignerId"
	AggregateGroupByAuthenticated                AggregateGroupBy = "authenticated"
	AggregateGroupByConversationID               AggregateGroupBy = "conversationId"
	AggregateGroupByConversationInitiator        AggregateGroupBy = "conversationInitiator"
	AggregateGroupByConvertedFrom                AggregateGroupBy = "convertedFrom"
	AggregateGroupByConvertedTo                  AggregateGroupBy = "convertedTo"
	AggregateGroupByCustomerParticipation        AggregateGroupBy = "customerParticipation"
	AggregateGroupByDeliveryStatus               AggregateGroupBy = "deliveryStatus"
	AggregateGroupByDestinationAddress           AggregateGroupBy = "destinationAddress"
	AggregateGroupByDirection                    AggregateGroupBy = "direction"
	AggregateGroupByDisconnectType               AggregateGroupBy = "disconnectType"
	AggregateGroupByDivisionID                   AggregateGroupBy = "divisionId"
	AggregateGroupByDNIS                         AggregateGroupBy = "dnis"
	AggregateGroupByEdgeID                       AggregateGroupBy = "edgeId"
	AggregateGroupByEligibleAgentCount           AggregateGroupBy = "eligibleAgentCount"
	AggregateGroupByErrorCode                    AggregateGroupBy = "errorCode"
	AggregateGroupByExtendedDeliveryStatus       AggregateGroupBy = "extendedDeliveryStatus"
	AggregateGroupByExternalContactID            AggregateGroupBy = "externalContactId"
	AggregateGroupByExternalMediaCount           AggregateGroupBy = "externalMediaCount"
	AggregateGroupByExternalOrganizationID       AggregateGroupBy = "externalOrganizationId"
	AggregateGroupByExternalTag                  AggregateGroupBy = "externalTag"
	AggregateGroupByFirstQueue                   AggregateGroupBy = "firstQueue"
	AggregateGroupByFlaggedReason                AggregateGroupBy = "flaggedReason"
	AggregateGroupByFlowInType                   AggregateGroupBy = "flowInType"
	AggregateGroupByFlowOutType                  AggregateGroupBy = "flowOutType"
	AggregateGroupByGroupID                      AggregateGroupBy = "groupId"
	AggregateGroupByInteractionType              AggregateGroupBy = "interactionType"
	AggregateGroupByJourneyActionID              AggregateGroupBy = "journeyActionId"
	AggregateGroupByJourneyActionMapID           AggregateGroupBy = "journeyActionMapId"
	AggregateGroupByJourneyActionMapVersion      AggregateGroupBy = "journeyActionMapVersion"
	AggregateGroupByJourneyCustomerID            AggregateGroupBy = "journeyCustomerId"
	AggregateGroupByJourneyCustomerIDType        AggregateGroupBy = "journeyCustomerIdType"
	AggregateGroupByJourneyCustomerSessionID     AggregateGroupBy = "journeyCustomerSessionId"
	AggregateGroupByJourneyCustomerSessionIDType AggregateGroupBy = "journeyCustomerSessionIdType"
	AggregateGroupByKnowledgeBaseID              AggregateGroupBy = "knowledgeBaseId"
	AggregateGroupByMediaCount                   AggregateGroupBy = "mediaCount"
	AggregateGroupByMediaType                    AggregateGroupBy = "mediaType"
	AggregateGroupByMessageType                  AggregateGroupBy = "messageType"
	AggregateGroupByOriginatingDirection         AggregateGroupBy = "originatingDirection"
	AggregateGroupByOriginatingSocialMediaPublic AggregateGroupBy = "originatingSocialMediaPublic"
	AggregateGroupByOutboundCampaignID           AggregateGroupBy = "outboundCampaignId"
	AggregateGroupByOutboundContactID            AggregateGroupBy = "outboundContactId"
	AggregateGroupByOutboundContactListID        AggregateGroupBy = "outboundContactListId"
	AggregateGroupByParticipantName              AggregateGroupBy = "participantName"
	AggregateGroupByPeerID                       AggregateGroupBy = "peerId"
	AggregateGroupByProposedAgentID              AggregateGroupBy = "proposedAgentId"
	AggregateGroupByProvider                     AggregateGroupBy = "provider"
	AggregateGroupByPurpose                      AggregateGroupBy = "purpose"
	AggregateGroupByQueueID                      AggregateGroupBy = "queueId"
	AggregateGroupByRemote                       AggregateGroupBy = "remote"
	AggregateGroupByRemovedSkillID               AggregateGroupBy = "removedSkillId"
	AggregateGroupByRequestedLanguageID          AggregateGroupBy = "requestedLanguageId"
	AggregateGroupByRequestedRouting             AggregateGroupBy = "requestedRouting"
	AggregateGroupByRequestedRoutingSkillID      AggregateGroupBy = "requestedRoutingSkillId"
	AggregateGroupByRoomID                       AggregateGroupBy = "roomId"
	AggregateGroupByRoutingPriority              AggregateGroupBy = "routingPriority"
	AggregateGroupByRoutingRing                  AggregateGroupBy = "routingRing"
	AggregateGroupByRoutingRule                  AggregateGroupBy = "routingRule"
	AggregateGroupByRoutingRuleType              AggregateGroupBy = "routingRuleType"
	AggregateGroupByScoredAgentID                AggregateGroupBy = "scoredAgentId"
	AggregateGroupBySelectedAgentID              AggregateGroupBy = "selectedAgentId"
	AggregateGroupBySelectedAgentRank            AggregateGroupBy = "selectedAgentRank"
	AggregateGroupBySelfServed                   AggregateGroupBy = "selfServed"
	AggregateGroupBySessionDNIS                  AggregateGroupBy = "sessionDnis"
	AggregateGroupBySessionID                    AggregateGroupBy = "sessionId"
	AggregateGroupBySkillExpressionID            AggregateGroupBy = "skillExpressionId"
	AggregateGroupByStationID                    AggregateGroupBy = "stationId"
	AggregateGroupByTeamID                       AggregateGroupBy = "teamId"
	AggregateGroupByUsedRouting                  AggregateGroupBy = "usedRouting"
	AggregateGroupByUserID                       AggregateGroupBy = "userId"
	AggregateGroupByVideoPresent                 AggregateGroupBy = "videoPresent"
	AggregateGroupByWaitingInteractionCount      AggregateGroupBy = "waitingInteractionCount"
	AggregateGroupByWrapUpCode                   AggregateGroupBy = "wrapUpCode"
)

// EnumValues lists the values Genesys Cloud accepts for AggregateGroupBy.
func (AggregateGroupBy) EnumValues() []string {
	return []string{
		string(AggregateGroupByActiveRouting),
		string(AggregateGroupByActiveSkillID),
		string(AggregateGroupByAddressFrom),
		string(AggregateGroupByAddressTo),
		string(AggregateGroupByAgentAssistantID),
		string(AggregateGroupByAgentBullseyeRing),
		string(AggregateGroupByAgentOwned),
		string(AggregateGroupByAgentRank),
		string(AggregateGroupByAgentScore),
		string(AggregateGroupByANI),
		string(AggregateGroupByAssignerID),
		string(AggregateGroupByAuthenticated),
		string(AggregateGroupByConversationID),
		string(AggregateGroupByConversationInitiator),
		string(AggregateGroupByConvertedFrom),
		string(AggregateGroupByConvertedTo),
		string(AggregateGroupByCustomerParticipation),
		string(AggregateGroupByDeliveryStatus),
		string(AggregateGroupByDestinationAddress),
		string(AggregateGroupByDirection),
		string(AggregateGroupByDisconnectType),
		string(AggregateGroupByDivisionID),
		string(AggregateGroupByDNIS),
		string(AggregateGroupByEdgeID),
		string(AggregateGroupByEligibleAgentCount),
		string(AggregateGroupByErrorCode),
		string(AggregateGroupByExtendedDeliveryStatus),
		string(AggregateGroupByExternalContactID),
		string(AggregateGroupByExternalMediaCount),
		string(AggregateGroupByExternalOrganizationID),
		string(AggregateGroupByExternalTag),
		string(AggregateGroupByFirstQueue),
		string(AggregateGroupByFlaggedReason),
		string(AggregateGroupByFlowInType),
		string(AggregateGroupByFlowOutType),
		string(AggregateGroupByGroupID),
		string(AggregateGroupByInteractionType),
		string(AggregateGroupByJourneyActionID),
		string(AggregateGroupByJourneyActionMapID),
		string(AggregateGroupByJourneyActionMapVersion),
		string(AggregateGroupByJourneyCustomerID),
		string(AggregateGroupByJourneyCustomerIDType),
		string(AggregateGroupByJourneyCustomerSessionID),
		string(AggregateGroupByJourneyCustomerSessionIDType),
		string(AggregateGroupByKnowledgeBaseID),
		string(AggregateGroupByMediaCount),
		string(AggregateGroupByMediaType),
		string(AggregateGroupByMessageType),
		string(AggregateGroupByOriginatingDirection),
		string(AggregateGroupByOriginatingSocialMediaPublic),
		string(AggregateGroupByOutboundCampaignID),
		string(AggregateGroupByOutboundContactID),
		string(AggregateGroupByOutboundContactListID),
		string(AggregateGroupByParticipantName),
		string(AggregateGroupByPeerID),
		string(AggregateGroupByProposedAgentID),
		string(AggregateGroupByProvider),
		string(AggregateGroupByPurpose),
		string(AggregateGroupByQueueID),
		string(AggregateGroupByRemote),
		string(AggregateGroupByRemovedSkillID),
		string(AggregateGroupByRequestedLanguageID),
		string(AggregateGroupByRequestedRouting),
		string(AggregateGroupByRequestedRoutingSkillID),
		string(AggregateGroupByRoomID),
		string(AggregateGroupByRoutingPriority),
		string(AggregateGroupByRoutingRing),
		string(AggregateGroupByRoutingRule),
		string(AggregateGroupByRoutingRuleType),
		string(AggregateGroupByScoredAgentID),
		string(AggregateGroupBySelectedAgentID),
		string(AggregateGroupBySelectedAgentRank),
		string(AggregateGroupBySelfServed),
		string(AggregateGroupBySessionDNIS),
		string(AggregateGroupBySessionID),
		string(AggregateGroupBySkillExpressionID),
		string(AggregateGroupByStationID),
		string(AggregateGroupByTeamID),
		string(AggregateGroupByUsedRouting),
		string(AggregateGroupByUserID),
		string(AggregateGroupByVideoPresent),
		string(AggregateGroupByWaitingInteractionCount),
		string(AggregateGroupByWrapUpCode),
	}
}

// AggregateMetric names a metric a conversation aggregates query can
// compute: n-prefixed metrics are counts, t-prefixed ones are durations in
// milliseconds, and o-prefixed ones are other observed values such as
// service level.
type AggregateMetric string

// AggregateMetric values.
const (
	AggregateMetricNBlindTransferred            AggregateMetric = "nBlindTransferred"
	AggregateMetricNBotInteractions             AggregateMetric = "nBotInteractions"
	AggregateMetricNCallbackAttempts            AggregateMetric = "nCallbackAttempts"
	AggregateMetricNCallbackOverSla             AggregateMetric = "nCallbackOverSla"
	AggregateMetricNCallbackScheduled           AggregateMetric = "nCallbackScheduled"
	AggregateMetricNCfcOffered                  AggregateMetric = "nCfcOffered"
	AggregateMetricNCobrowseSessions            AggregateMetric = "nCobrowseSessions"
	AggregateMetricNConnected                   AggregateMetric = "nConnected"
	AggregateMetricNConsult                     AggregateMetric = "nConsult"
	AggregateMetricNConsultTransferred          AggregateMetric = "nConsultTransferred"
	AggregateMetricNConversations               AggregateMetric = "nConversations"
	AggregateMetricNError                       AggregateMetric = "nError"
	AggregateMetricNOffered                     AggregateMetric = "nOffered"
	AggregateMetricNOutbound                    AggregateMetric = "nOutbound"
	AggregateMetricNOutboundAbandoned           AggregateMetric = "nOutboundAbandoned"
	AggregateMetricNOutboundAttempted           AggregateMetric = "nOutboundAttempted"
	AggregateMetricNOutboundConnected           AggregateMetric = "nOutboundConnected"
	AggregateMetricNOverSla                     AggregateMetric = "nOverSla"
	AggregateMetricNStateTransitionError        AggregateMetric = "nStateTransitionError"
	AggregateMetricNTakeover                    AggregateMetric = "nTakeover"
	AggregateMetricNTransferred                 AggregateMetric = "nTransferred"
	AggregateMetricOAudioMessageCount           AggregateMetric = "oAudioMessageCount"
	AggregateMetricOCallbackServiceLevel        AggregateMetric = "oCallbackServiceLevel"
	AggregateMetricOExternalAudioMessageCount   AggregateMetric = "oExternalAudioMessageCount"
	AggregateMetricOExternalMediaCount          AggregateMetric = "oExternalMediaCount"
	AggregateMetricOMediaCount                  AggregateMetric = "oMediaCount"
	AggregateMetricOMessageCount                AggregateMetric = "oMessageCount"
	AggregateMetricOMessageSegmentCount         AggregateMetric = "oMessageSegmentCount"
	AggregateMetricOMessageTurn                 AggregateMetric = "oMessageTurn"
	AggregateMetricOServiceLevel                AggregateMetric = "oServiceLevel"
	AggregateMetricOServiceTarget               AggregateMetric = "oServiceTarget"
	AggregateMetricOSkillExpressionApplications AggregateMetric = "oSkillExpressionApplications"
	AggregateMetricTAbandon                     AggregateMetric = "tAbandon"
	AggregateMetricTAcd                         AggregateMetric = "tAcd"
	AggregateMetricTActiveCallback              AggregateMetric = "tActiveCallback"
	AggregateMetricTActiveCallbackComplete      AggregateMetric = "tActiveCallbackComplete"
	AggregateMetricTACW                         AggregateMetric = "tAcw"
	AggregateMetricTAgentResponseTime           AggregateMetric = "tAgentResponseTime"
	AggregateMetricTAgentVideoConnected         AggregateMetric = "tAgentVideoConnected"
	AggregateMetricTAlert                       AggregateMetric = "tAlert"
	AggregateMetricTAnswered                    AggregateMetric = "tAnswered"
	AggregateMetricTAverageAgentResponseTime    AggregateMetric = "tAverageAgentResponseTime"
	AggregateMetricTAverageCustomerResponseTime AggregateMetric = "tAverageCustomerResponseTime"
	AggregateMetricTBarging                     AggregateMetric = "tBarging"
	AggregateMetricTCallbackAbandon             AggregateMetric = "tCallbackAbandon"
	AggregateMetricTCallbackConnect             AggregateMetric = "tCallbackConnect"
	AggregateMetricTCallbackNotReached          AggregateMetric = "tCallbackNotReached"
	AggregateMetricTCallbackVirtualWait         AggregateMetric = "tCallbackVirtualWait"
	AggregateMetricTCfcAbandon                  AggregateMetric = "tCfcAbandon"
	AggregateMetricTCfcAcd                      AggregateMetric = "tCfcAcd"
	AggregateMetricTCfcAnswered                 AggregateMetric = "tCfcAnswered"
	AggregateMetricTCfcFlowOut                  AggregateMetric = "tCfcFlowOut"
	AggregateMetricTCoaching                    AggregateMetric = "tCoaching"
	AggregateMetricTCoachingComplete            AggregateMetric = "tCoachingComplete"
	AggregateMetricTConnected                   AggregateMetric = "tConnected"
	AggregateMetricTContacting                  AggregateMetric = "tContacting"
	AggregateMetricTDialing                     AggregateMetric = "tDialing"
	AggregateMetricTFirstConnect                AggregateMetric = "tFirstConnect"
	AggregateMetricTFirstDial                   AggregateMetric = "tFirstDial"
	AggregateMetricTFirstEngagement             AggregateMetric = "tFirstEngagement"
	AggregateMetricTFirstResponse               AggregateMetric = "tFirstResponse"
	AggregateMetricTFlowOut                     AggregateMetric = "tFlowOut"
	AggregateMetricTHandle                      AggregateMetric = "tHandle"
	AggregateMetricTHeld                        AggregateMetric = "tHeld"
	AggregateMetricTHeldComplete                AggregateMetric = "tHeldComplete"
	AggregateMetricTIVR                         AggregateMetric = "tIvr"
	AggregateMetricTMonitoring                  AggregateMetric = "tMonitoring"
	AggregateMetricTMonitoringComplete          AggregateMetric = "tMonitoringComplete"
	AggregateMetricTNotResponding               AggregateMetric = "tNotResponding"
	AggregateMetricTPark                        AggregateMetric = "tPark"
	AggregateMetricTParkComplete                AggregateMetric = "tParkComplete"
	AggregateMetricTScreenMonitoring            AggregateMetric = "tScreenMonitoring"
	AggregateMetricTShortAbandon                AggregateMetric = "tShortAbandon"
	AggregateMetricTSnippetRecord               AggregateMetric = "tSnippetRecord"
	AggregateMetricTTalk                        AggregateMetric = "tTalk"
	AggregateMetricTTalkComplete                AggregateMetric = "tTalkComplete"
	AggregateMetricTTransmitting                AggregateMetric = "tTransmitting"
	AggregateMetricTUserResponseTime            AggregateMetric = "tUserResponseTime"
	AggregateMetricTVoicemail                   AggregateMetric = "tVoicemail"
	AggregateMetricTWait                        AggregateMetric = "tWait"
)

// EnumValues lists the values Genesys Cloud accepts for AggregateMetric.
func (AggregateMetric) EnumValues() []string {
	return []string{
		string(AggregateMetricNBlindTransferred),
		string(AggregateMetricNBotInteractions),
		string(AggregateMetricNCallbackAttempts),
		string(AggregateMetricNCallbackOverSla),
		string(AggregateMetricNCallbackScheduled),
		string(AggregateMetricNCfcOffered),
		string(AggregateMetricNCobrowseSessions),
		string(AggregateMetricNConnected),
		string(AggregateMetricNConsult),
		string(AggregateMetricNConsultTransferred),
		string(AggregateMetricNConversations),
		string(AggregateMetricNError),
		string(AggregateMetricNOffered),
		string(AggregateMetricNOutbound),
		string(AggregateMetricNOutboundAbandoned),
		string(AggregateMetricNOutboundAttempted),
		string(AggregateMetricNOutboundConnected),
		string(AggregateMetricNOverSla),
		string(AggregateMetricNStateTransitionError),
		string(AggregateMetricNTakeover),
		string(AggregateMetricNTransferred),
		string(AggregateMetricOAudioMessageCount),
		string(AggregateMetricOCallbackServiceLevel),
		string(AggregateMetricOExternalAudioMessageCount),
		string(AggregateMetricOExternalMediaCount),
		string(AggregateMetricOMediaCount),
		string(AggregateMetricOMessageCount),
		string(AggregateMetricOMessageSegmentCount),
		string(AggregateMetricOMessageTurn),
		string(AggregateMetricOServiceLevel),
		string(AggregateMetricOServiceTarget),
		string(AggregateMetricOSkillExpressionApplications),
		string(AggregateMetricTAbandon),
		string(AggregateMetricTAcd),
		string(AggregateMetricTActiveCallback),
		string(AggregateMetricTActiveCallbackComplete),
		string(AggregateMetricTACW),
		string(AggregateMetricTAgentResponseTime),
		string(AggregateMetricTAgentVideoConnected),
		string(AggregateMetricTAlert),
		string(AggregateMetricTAnswered),
		string(AggregateMetricTAverageAgentResponseTime),
		string(AggregateMetricTAverageCustomerResponseTime),
		string(AggregateMetricTBarging),
		string(AggregateMetricTCallbackAbandon),
		string(AggregateMetricTCallbackConnect),
		string(AggregateMetricTCallbackNotReached),
		string(AggregateMetricTCallbackVirtualWait),
		string(AggregateMetricTCfcAbandon),
		string(AggregateMetricTCfcAcd),
		string(AggregateMetricTCfcAnswered),
		string(AggregateMetricTCfcFlowOut),
		string(AggregateMetricTCoaching),
		string(AggregateMetricTCoachingComplete),
		string(AggregateMetricTConnected),
		string(AggregateMetricTContacting),
		string(AggregateMetricTDialing),
		string(AggregateMetricTFirstConnect),
		string(AggregateMetricTFirstDial),
		string(AggregateMetricTFirstEngagement),
		string(AggregateMetricTFirstResponse),
		string(AggregateMetricTFlowOut),
		string(AggregateMetricTHandle),
		string(AggregateMetricTHeld),
		string(AggregateMetricTHeldComplete),
		string(AggregateMetricTIVR),
		string(AggregateMetricTMonitoring),
		string(AggregateMetricTMonitoringComplete),
		string(AggregateMetricTNotResponding),
		string(AggregateMetricTPark),
		string(AggregateMetricTParkComplete),
		string(AggregateMetricTScreenMonitoring),
		string(AggregateMetricTShortAbandon),
		string(AggregateMetricTSnippetRecord),
		string(AggregateMetricTTalk),
		string(AggregateMetricTTalkComplete),
		string(AggregateMetricTTransmitting),
		string(AggregateMetricTUserResponseTime),
		string(AggregateMetricTVoicemail),
		string(AggregateMetricTWait),
	}
}

// AggregateSortMetric names a metric that can rank the groups of a topN or
// bottomN conversation aggregates query.
type AggregateSortMetric string

// AggregateSortMetric values.
const (
	AggregateSortMetricNBlindTransferred            AggregateSortMetric = "nBlindTransferred"
	AggregateSortMetricNBotInteractions             AggregateSortMetric = "nBotInteractions"
	AggregateSortMetricNCallbackAttempts            AggregateSortMetric = "nCallbackAttempts"
	AggregateSortMetricNCallbackOverSla             AggregateSortMetric = "nCallbackOverSla"
	AggregateSortMetricNCallbackScheduled           AggregateSortMetric = "nCallbackScheduled"
	AggregateSortMetricNCfcOffered                  AggregateSortMetric = "nCfcOffered"
	AggregateSortMetricNCobrowseSessions            AggregateSortMetric = "nCobrowseSessions"
	AggregateSortMetricNConnected                   AggregateSortMetric = "nConnected"
	AggregateSortMetricNConsult                     AggregateSortMetric = "nConsult"
	AggregateSortMetricNConsultTransferred          AggregateSortMetric = "nConsultTransferred"
	AggregateSortMetricNConversations               AggregateSortMetric = "nConversations"
	AggregateSortMetricNError                       AggregateSortMetric = "nError"
	AggregateSortMetricNOffered                     AggregateSortMetric = "nOffered"
	AggregateSortMetricNOutbound                    AggregateSortMetric = "nOutbound"
	AggregateSortMetricNOutboundAbandoned           AggregateSortMetric = "nOutboundAbandoned"
	AggregateSortMetricNOutboundAttempted           AggregateSortMetric = "nOutboundAttempted"
	AggregateSortMetricNOutboundConnected           AggregateSortMetric = "nOutboundConnected"
	AggregateSortMetricNOverSla                     AggregateSortMetric = "nOverSla"
	AggregateSortMetricNStateTransitionError        AggregateSortMetric = "nStateTransitionError"
	AggregateSortMetricNTakeover                    AggregateSortMetric = "nTakeover"
	AggregateSortMetricNTransferred                 AggregateSortMetric = "nTransferred"
	AggregateSortMetricOAudioMessageCount           AggregateSortMetric = "oAudioMessageCount"
	AggregateSortMetricOExternalAudioMessageCount   AggregateSortMetric = "oExternalAudioMessageCount"
	AggregateSortMetricOExternalMediaCount          AggregateSortMetric = "oExternalMediaCount"
	AggregateSortMetricOMediaCount                  AggregateSortMetric = "oMediaCount"
	AggregateSortMetricOMessageCount                AggregateSortMetric = "oMessageCount"
	AggregateSortMetricOMessageSegmentCount         AggregateSortMetric = "oMessageSegmentCount"
	AggregateSortMetricOMessageTurn                 AggregateSortMetric = "oMessageTurn"
	AggregateSortMetricOServiceTarget               AggregateSortMetric = "oServiceTarget"
	AggregateSortMetricOSkillExpressionApplications AggregateSortMetric = "oSkillExpressionApplications"
	AggregateSortMetricTAbandon                     AggregateSortMetric = "tAbandon"
	AggregateSortMetricTAcd                         AggregateSortMetric = "tAcd"
	AggregateSortMetricTActiveCallback              AggregateSortMetric = "tActiveCallback"
	AggregateSortMetricTActiveCallbackComplete      AggregateSortMetric = "tActiveCallbackComplete"
	AggregateSortMetricTACW                         AggregateSortMetric = "tAcw"
	AggregateSortMetricTAgentResponseTime           AggregateSortMetric = "tAgentResponseTime"
	AggregateSortMetricTAgentVideoConnected         AggregateSortMetric = "tAgentVideoConnected"
	AggregateSortMetricTAlert                       AggregateSortMetric = "tAlert"
	AggregateSortMetricTAnswered                    AggregateSortMetric = "tAnswered"
	AggregateSortMetricTAverageAgentResponseTime    AggregateSortMetric = "tAverageAgentResponseTime"
	AggregateSortMetricTAverageCustomerResponseTime AggregateSortMetric = "tAverageCustomerResponseTime"
	AggregateSortMetricTBarging                     AggregateSortMetric = "tBarging"
	AggregateSortMetricTCallbackAbandon             AggregateSortMetric = "tCallbackAbandon"
	AggregateSortMetricTCallbackConnect             AggregateSortMetric = "tCallbackConnect"
	AggregateSortMetricTCallbackNotReached          AggregateSortMetric = "tCallbackNotReached"
	AggregateSortMetricTCallbackVirtualWait         AggregateSortMetric = "tCallbackVirtualWait"
	AggregateSortMetricTCfcAbandon                  AggregateSortMetric = "tCfcAbandon"
	AggregateSortMetricTCfcAcd                      AggregateSortMetric = "tCfcAcd"
	AggregateSortMetricTCfcAnswered                 AggregateSortMetric = "tCfcAnswered"
	AggregateSortMetricTCfcFlowOut                  AggregateSortMetric = "tCfcFlowOut"
	AggregateSortMetricTCoaching                    AggregateSortMetric = "tCoaching"
	AggregateSortMetricTCoachingComplete            AggregateSortMetric = "tCoachingComplete"
	AggregateSortMetricTConnected                   AggregateSortMetric = "tConnected"
	AggregateSortMetricTContacting                  AggregateSortMetric = "tContacting"
	AggregateSortMetricTDialing                     AggregateSortMetric = "tDialing"
	AggregateSortMetricTFirstConnect                AggregateSortMetric = "tFirstConnect"
	AggregateSortMetricTFirstDial                   AggregateSortMetric = "tFirstDial"
	AggregateSortMetricTFirstEngagement             AggregateSortMetric = "tFirstEngagement"
	AggregateSortMetricTFirstResponse               AggregateSortMetric = "tFirstResponse"
	AggregateSortMetricTFlowOut                     AggregateSortMetric = "tFlowOut"
	AggregateSortMetricTHandle                      AggregateSortMetric = "tHandle"
	AggregateSortMetricTHeld                        AggregateSortMetric = "tHeld"
	AggregateSortMetricTHeldComplete                AggregateSortMetric = "tHeldComplete"
	AggregateSortMetricTIVR                         AggregateSortMetric = "tIvr"
	AggregateSortMetricTMonitoring                  AggregateSortMetric = "tMonitoring"
	AggregateSortMetricTMonitoringComplete          AggregateSortMetric = "tMonitoringComplete"
	AggregateSortMetricTNotResponding               AggregateSortMetric = "tNotResponding"
	AggregateSortMetricTPark                        AggregateSortMetric = "tPark"
	AggregateSortMetricTParkComplete                AggregateSortMetric = "tParkComplete"
	AggregateSortMetricTScreenMonitoring            AggregateSortMetric = "tScreenMonitoring"
	AggregateSortMetricTSnippetRecord               AggregateSortMetric = "tSnippetRecord"
	AggregateSortMetricTTalk                        AggregateSortMetric = "tTalk"
	AggregateSortMetricTTalkComplete                AggregateSortMetric = "tTalkComplete"
	AggregateSortMetricTTransmitting                AggregateSortMetric = "tTransmitting"
	AggregateSortMetricTUserResponseTime            AggregateSortMetric = "tUserResponseTime"
	AggregateSortMetricTVoicemail                   AggregateSortMetric = "tVoicemail"
)

// EnumValues lists the values Genesys Cloud accepts for AggregateSortMetric.
func (AggregateSortMetric) EnumValues() []string {
	return []string{
		string(AggregateSortMetricNBlindTransferred),
		string(AggregateSortMetricNBotInteractions),
		string(AggregateSortMetricNCallbackAttempts),
		string(AggregateSortMetricNCallbackOverSla),
		string(AggregateSortMetricNCallbackScheduled),
		string(AggregateSortMetricNCfcOffered),
		string(AggregateSortMetricNCobrowseSessions),
		string(AggregateSortMetricNConnected),
		string(AggregateSortMetricNConsult),
		string(AggregateSortMetricNConsultTransferred),
		string(AggregateSortMetricNConversations),
		string(AggregateSortMetricNError),
		string(AggregateSortMetricNOffered),
		string(AggregateSortMetricNOutbound),
		string(AggregateSortMetricNOutboundAbandoned),
		string(AggregateSortMetricNOutboundAttempted),
		string(AggregateSortMetricNOutboundConnected),
		string(AggregateSortMetricNOverSla),
		string(AggregateSortMetricNStateTransitionError),
		string(AggregateSortMetricNTakeover),
		string(AggregateSortMetricNTransferred),
		string(AggregateSortMetricOAudioMessageCount),
		string(AggregateSortMetricOExternalAudioMessageCount),
		string(AggregateSortMetricOExternalMediaCount),
		string(AggregateSortMetricOMediaCount),
		string(AggregateSortMetricOMessageCount),
		string(AggregateSortMetricOMessageSegmentCount),
		string(AggregateSortMetricOMessageTurn),
		string(AggregateSortMetricOServiceTarget),
		string(AggregateSortMetricOSkillExpressionApplications),
		string(AggregateSortMetricTAbandon),
		string(AggregateSortMetricTAcd),
		string(AggregateSortMetricTActiveCallback),
		string(AggregateSortMetricTActiveCallbackComplete),
		string(AggregateSortMetricTACW),
		string(AggregateSortMetricTAgentResponseTime),
		string(AggregateSortMetricTAgentVideoConnected),
		string(AggregateSortMetricTAlert),
		string(AggregateSortMetricTAnswered),
		string(AggregateSortMetricTAverageAgentResponseTime),
		string(AggregateSortMetricTAverageCustomerResponseTime),
		string(AggregateSortMetricTBarging),
		string(AggregateSortMetricTCallbackAbandon),
		string(AggregateSortMetricTCallbackConnect),
		string(AggregateSortMetricTCallbackNotReached),
		string(AggregateSortMetricTCallbackVirtualWait),
		string(AggregateSortMetricTCfcAbandon),
		string(AggregateSortMetricTCfcAcd),
		string(AggregateSortMetricTCfcAnswered),
		string(AggregateSortMetricTCfcFlowOut),
		string(AggregateSortMetricTCoaching),
		string(AggregateSortMetricTCoachingComplete),
		string(AggregateSortMetricTConnected),
		string(AggregateSortMetricTContacting),
		string(AggregateSortMetricTDialing),
		string(AggregateSortMetricTFirstConnect),
		string(AggregateSortMetricTFirstDial),
		string(AggregateSortMetricTFirstEngagement),
		string(AggregateSortMetricTFirstResponse),
		string(AggregateSortMetricTFlowOut),
		string(AggregateSortMetricTHandle),
		string(AggregateSortMetricTHeld),
		string(AggregateSortMetricTHeldComplete),
		string(AggregateSortMetricTIVR),
		string(AggregateSortMetricTMonitoring),
		string(AggregateSortMetricTMonitoringComplete),
		string(AggregateSortMetricTNotResponding),
		string(AggregateSortMetricTPark),
		string(AggregateSortMetricTParkComplete),
		string(AggregateSortMetricTScreenMonitoring),
		string(AggregateSortMetricTSnippetRecord),
		string(AggregateSortMetricTTalk),
		string(AggregateSortMetricTTalkComplete),
		string(AggregateSortMetricTTransmitting),
		string(AggregateSortMetricTUserResponseTime),
		string(AggregateSortMetricTVoicemail),
	}
}

// AggregateDimension names a dimension that a conversation aggregates query
// filter predicate can match on.
type AggregateDimension string

// AggregateDimension values.
const (
	AggregateDimensionActiveRouting                AggregateDimension = "activeRouting"
	AggregateDimensionActiveSkillID                AggregateDimension = "activeSkillId"
	AggregateDimensionAddressFrom                  AggregateDimension = "addressFrom"
	AggregateDimensionAddressTo                    AggregateDimension = "addressTo"
	AggregateDimensionAgentAssistantID             AggregateDimension = "agentAssistantId"
	AggregateDimensionAgentBullseyeRing            AggregateDimension = "agentBullseyeRing"
	AggregateDimensionAgentOwned                   AggregateDimension = "agentOwned"
	AggregateDimensionAgentRank                    AggregateDimension = "agentRank"
	AggregateDimensionAgentScore                   AggregateDimension = "agentScore"
	AggregateDimensionANI                          AggregateDimension = "ani"
	AggregateDimensionAssignerID                   AggregateDimension = "assignerId"
	AggregateDimensionAuthenticated                AggregateDimension = "authenticated"
	AggregateDimensionCanonicalExternalContactID   AggregateDimension = "canonicalExternalContactId"
	AggregateDimensionConversationID               AggregateDimension = "conversationId"
	AggregateDimensionConversationInitiator        AggregateDimension = "conversationInitiator"
	AggregateDimensionConvertedFrom                AggregateDimension = "convertedFrom"
	AggregateDimensionConvertedTo                  AggregateDimension = "convertedTo"
	AggregateDimensionCustomerParticipation        AggregateDimension = "customerParticipation"
	AggregateDimensionDeliveryStatus               AggregateDimension = "deliveryStatus"
	AggregateDimensionDestinationAddress           AggregateDimension = "destinationAddress"
	AggregateDimensionDirection                    AggregateDimension = "direction"
	AggregateDimensionDisconnectType               AggregateDimension = "disconnectType"
	AggregateDimensionDivisionID                   AggregateDimension = "divisionId"
	AggregateDimensionDNIS                         AggregateDimension = "dnis"
	AggregateDimensionEdgeID                       AggregateDimension = "edgeId"
	AggregateDimensionEligibleAgentCount           AggregateDimension = "eligibleAgentCount"
	AggregateDimensionErrorCode                    AggregateDimension = "errorCode"
	AggregateDimensionExtendedDeliveryStatus       AggregateDimension = "extendedDeliveryStatus"
	AggregateDimensionExternalContactID            AggregateDimension = "externalContactId"
	AggregateDimensionExternalMediaCount           AggregateDimension = "externalMediaCount"
	AggregateDimensionExternalOrganizationID       AggregateDimension = "externalOrganizationId"
	AggregateDimensionExternalTag                  AggregateDimension = "externalTag"
	AggregateDimensionFirstQueue                   AggregateDimension = "firstQueue"
	AggregateDimensionFlaggedReason                AggregateDimension = "flaggedReason"
	AggregateDimensionFlowInType                   AggregateDimension = "flowInType"
	AggregateDimensionFlowOutType                  AggregateDimension = "flowOutType"
	AggregateDimensionGroupID                      AggregateDimension = "groupId"
	AggregateDimensionInteractionType              AggregateDimension = "interactionType"
	AggregateDimensionJourneyActionID              AggregateDimension = "journeyActionId"
	AggregateDimensionJourneyActionMapID           AggregateDimension = "journeyActionMapId"
	AggregateDimensionJourneyActionMapVersion      AggregateDimension = "journeyActionMapVersion"
	AggregateDimensionJourneyCustomerID            AggregateDimension = "journeyCustomerId"
	AggregateDimensionJourneyCustomerIDType        AggregateDimension = "journeyCustomerIdType"
	AggregateDimensionJourneyCustomerSessionID     AggregateDimension = "journeyCustomerSessionId"
	AggregateDimensionJourneyCustomerSessionIDType AggregateDimension = "journeyCustomerSessionIdType"
	AggregateDimensionKnowledgeBaseID              AggregateDimension = "knowledgeBaseId"
	AggregateDimensionMediaCount                   AggregateDimension = "mediaCount"
	AggregateDimensionMediaType                    AggregateDimension = "mediaType"
	AggregateDimensionMessageType                  AggregateDimension = "messageType"
	AggregateDimensionOriginatingDirection         AggregateDimension = "originatingDirection"
	AggregateDimensionOriginatingSocialMediaPublic AggregateDimension = "originatingSocialMediaPublic"
	AggregateDimensionOutboundCampaignID           AggregateDimension = "outboundCampaignId"
	AggregateDimensionOutboundContactID            AggregateDimension = "outboundContactId"
	AggregateDimensionOutboundContactListID        AggregateDimension = "outboundContactListId"
	AggregateDimensionParticipantName              AggregateDimension = "participantName"
	AggregateDimensionPeerID                       AggregateDimension = "peerId"
	AggregateDimensionProposedAgentID              AggregateDimension = "proposedAgentId"
	AggregateDimensionProvider                     AggregateDimension = "provider"
	AggregateDimensionPurpose                      AggregateDimension = "purpose"
	AggregateDimensionQueueID                      AggregateDimension = "queueId"
	AggregateDimensionRemote                       AggregateDimension = "remote"
	AggregateDimensionRemovedSkillID               AggregateDimension = "removedSkillId"
	AggregateDimensionRequestedLanguageID          AggregateDimension = "requestedLanguageId"
	AggregateDimensionRequestedRouting             AggregateDimension = "requestedRouting"
	AggregateDimensionRequestedRoutingSkillID      AggregateDimension = "requestedRoutingSkillId"
	AggregateDimensionRoomID                       AggregateDimension = "roomId"
	AggregateDimensionRoutingPriority              AggregateDimension = "routingPriority"
	AggregateDimensionRoutingRing                  AggregateDimension = "routingRing"
	AggregateDimensionRoutingRule                  AggregateDimension = "routingRule"
	AggregateDimensionRoutingRuleType              AggregateDimension = "routingRuleType"
	AggregateDimensionScoredAgentID                AggregateDimension = "scoredAgentId"
	AggregateDimensionSelectedAgentID              AggregateDimension = "selectedAgentId"
	AggregateDimensionSelectedAgentRank            AggregateDimension = "selectedAgentRank"
	AggregateDimensionSelfServed                   AggregateDimension = "selfServed"
	AggregateDimensionSessionDNIS                  AggregateDimension = "sessionDnis"
	AggregateDimensionSessionID                    AggregateDimension = "sessionId"
	AggregateDimensionSkillExpressionID            AggregateDimension = "skillExpressionId"
	AggregateDimensionStationID                    AggregateDimension = "stationId"
	AggregateDimensionTeamID                       AggregateDimension = "teamId"
	AggregateDimensionUsedRouting                  AggregateDimension = "usedRouting"
	AggregateDimensionUserID                       AggregateDimension = "userId"
	AggregateDimensionVideoPresent                 AggregateDimension = "videoPresent"
	AggregateDimensionWaitingInteractionCount      AggregateDimension = "waitingInteractionCount"
	AggregateDimensionWrapUpCode                   AggregateDimension = "wrapUpCode"
)

// EnumValues lists the values Genesys Cloud accepts for AggregateDimension.
func (AggregateDimension) EnumValues() []string {
	return []string{
		string(AggregateDimensionActiveRouting),
		string(AggregateDimensionActiveSkillID),
		string(AggregateDimensionAddressFrom),
		string(AggregateDimensionAddressTo),
		string(AggregateDimensionAgentAssistantID),
		string(AggregateDimensionAgentBullseyeRing),
		string(AggregateDimensionAgentOwned),
		string(AggregateDimensionAgentRank),
		string(AggregateDimensionAgentScore),
		string(AggregateDimensionANI),
		string(AggregateDimensionAssignerID),
		string(AggregateDimensionAuthenticated),
		string(AggregateDimensionCanonicalExternalContactID),
		string(AggregateDimensionConversationID),
		string(AggregateDimensionConversationInitiator),
		string(AggregateDimensionConvertedFrom),
		string(AggregateDimensionConvertedTo),
		string(AggregateDimensionCustomerParticipation),
		string(AggregateDimensionDeliveryStatus),
		string(AggregateDimensionDestinationAddress),
		string(AggregateDimensionDirection),
		string(AggregateDimensionDisconnectType),
		string(AggregateDimensionDivisionID),
		string(AggregateDimensionDNIS),
		string(AggregateDimensionEdgeID),
		string(AggregateDimensionEligibleAgentCount),
		string(AggregateDimensionErrorCode),
		string(AggregateDimensionExtendedDeliveryStatus),
		string(AggregateDimensionExternalContactID),
		string(AggregateDimensionExternalMediaCount),
		string(AggregateDimensionExternalOrganizationID),
		string(AggregateDimensionExternalTag),
		string(AggregateDimensionFirstQueue),
		string(AggregateDimensionFlaggedReason),
		string(AggregateDimensionFlowInType),
		string(AggregateDimensionFlowOutType),
		string(AggregateDimensionGroupID),
		string(AggregateDimensionInteractionType),
		string(AggregateDimensionJourneyActionID),
		string(AggregateDimensionJourneyActionMapID),
		string(AggregateDimensionJourneyActionMapVersion),
		string(AggregateDimensionJourneyCustomerID),
		string(AggregateDimensionJourneyCustomerIDType),
		string(AggregateDimensionJourneyCustomerSessionID),
		string(AggregateDimensionJourneyCustomerSessionIDType),
		string(AggregateDimensionKnowledgeBaseID),
		string(AggregateDimensionMediaCount),
		string(AggregateDimensionMediaType),
		string(AggregateDimensionMessageType),
		string(AggregateDimensionOriginatingDirection),
		string(AggregateDimensionOriginatingSocialMediaPublic),
		string(AggregateDimensionOutboundCampaignID),
		string(AggregateDimensionOutboundContactID),
		string(AggregateDimensionOutboundContactListID),
		string(AggregateDimensionParticipantName),
		string(AggregateDimensionPeerID),
		string(AggregateDimensionProposedAgentID),
		string(AggregateDimensionProvider),
		string(AggregateDimensionPurpose),
		string(AggregateDimensionQueueID),
		string(AggregateDimensionRemote),
		string(AggregateDimensionRemovedSkillID),
		string(AggregateDimensionRequestedLanguageID),
		string(AggregateDimensionRequestedRouting),
		string(AggregateDimensionRequestedRoutingSkillID),
		string(AggregateDimensionRoomID),
		string(AggregateDimensionRoutingPriority),
		string(AggregateDimensionRoutingRing),
		string(AggregateDimensionRoutingRule),
		string(AggregateDimensionRoutingRuleType),
		string(AggregateDimensionScoredAgentID),
		string(AggregateDimensionSelectedAgentID),
		string(AggregateDimensionSelectedAgentRank),
		string(AggregateDimensionSelfServed),
		string(AggregateDimensionSessionDNIS),
		string(AggregateDimensionSessionID),
		string(AggregateDimensionSkillExpressionID),
		string(AggregateDimensionStationID),
		string(AggregateDimensionTeamID),
		string(AggregateDimensionUsedRouting),
		string(AggregateDimensionUserID),
		string(AggregateDimensionVideoPresent),
		string(AggregateDimensionWaitingInteractionCount),
		string(AggregateDimensionWrapUpCode),
	}
}

// ConversationDetailMetric names a conversation-level metric that a details
// query filter predicate can compare against a value or numeric range.
type ConversationDetailMetric string

// ConversationDetailMetric values.
const (
	ConversationDetailMetricNBlindTransferred            ConversationDetailMetric = "nBlindTransferred"
	ConversationDetailMetricNBotInteractions             ConversationDetailMetric = "nBotInteractions"
	ConversationDetailMetricNCallbackAttempts            ConversationDetailMetric = "nCallbackAttempts"
	ConversationDetailMetricNCallbackOverSla             ConversationDetailMetric = "nCallbackOverSla"
	ConversationDetailMetricNCallbackScheduled           ConversationDetailMetric = "nCallbackScheduled"
	ConversationDetailMetricNCfcOffered                  ConversationDetailMetric = "nCfcOffered"
	ConversationDetailMetricNCobrowseSessions            ConversationDetailMetric = "nCobrowseSessions"
	ConversationDetailMetricNConnected                   ConversationDetailMetric = "nConnected"
	ConversationDetailMetricNConsult                     ConversationDetailMetric = "nConsult"
	ConversationDetailMetricNConsultTransferred          ConversationDetailMetric = "nConsultTransferred"
	ConversationDetailMetricNConversations               ConversationDetailMetric = "nConversations"
	ConversationDetailMetricNError                       ConversationDetailMetric = "nError"
	ConversationDetailMetricNFlow                        ConversationDetailMetric = "nFlow"
	ConversationDetailMetricNFlowMilestone               ConversationDetailMetric = "nFlowMilestone"
	ConversationDetailMetricNFlowOutcome                 ConversationDetailMetric = "nFlowOutcome"
	ConversationDetailMetricNFlowOutcomeFailed           ConversationDetailMetric = "nFlowOutcomeFailed"
	ConversationDetailMetricNOffered                     ConversationDetailMetric = "nOffered"
	ConversationDetailMetricNOutbound                    ConversationDetailMetric = "nOutbound"
	ConversationDetailMetricNOutboundAbandoned           ConversationDetailMetric = "nOutboundAbandoned"
	ConversationDetailMetricNOutboundAttempted           ConversationDetailMetric = "nOutboundAttempted"
	ConversationDetailMetricNOutboundConnected           ConversationDetailMetric = "nOutboundConnected"
	ConversationDetailMetricNOverSla                     ConversationDetailMetric = "nOverSla"
	ConversationDetailMetricNStateTransitionError        ConversationDetailMetric = "nStateTransitionError"
	ConversationDetailMetricNTakeover                    ConversationDetailMetric = "nTakeover"
	ConversationDetailMetricNTransferred                 ConversationDetailMetric = "nTransferred"
	ConversationDetailMetricOAudioMessageCount           ConversationDetailMetric = "oAudioMessageCount"
	ConversationDetailMetricOExternalAudioMessageCount   ConversationDetailMetric = "oExternalAudioMessageCount"
	ConversationDetailMetricOExternalMediaCount          ConversationDetailMetric = "oExternalMediaCount"
	ConversationDetailMetricOFlowMilestone               ConversationDetailMetric = "oFlowMilestone"
	ConversationDetailMetricOMediaCount                  ConversationDetailMetric = "oMediaCount"
	ConversationDetailMetricOMessageCount                ConversationDetailMetric = "oMessageCount"
	ConversationDetailMetricOMessageSegmentCount         ConversationDetailMetric = "oMessageSegmentCount"
	ConversationDetailMetricOMessageTurn                 ConversationDetailMetric = "oMessageTurn"
	ConversationDetailMetricOSkillExpressionApplications ConversationDetailMetric = "oSkillExpressionApplications"
	ConversationDetailMetricTAbandon                     ConversationDetailMetric = "tAbandon"
	ConversationDetailMetricTAcd                         ConversationDetailMetric = "tAcd"
	ConversationDetailMetricTActiveCallback              ConversationDetailMetric = "tActiveCallback"
	ConversationDetailMetricTActiveCallbackComplete      ConversationDetailMetric = "tActiveCallbackComplete"
	ConversationDetailMetricTACW                         ConversationDetailMetric = "tAcw"
	ConversationDetailMetricTAgentResponseTime           ConversationDetailMetric = "tAgentResponseTime"
	ConversationDetailMetricTAgentVideoConnected         ConversationDetailMetric = "tAgentVideoConnected"
	ConversationDetailMetricTAlert                       ConversationDetailMetric = "tAlert"
	ConversationDetailMetricTAnswered                    ConversationDetailMetric = "tAnswered"
	ConversationDetailMetricTAverageAgentResponseTime    ConversationDetailMetric = "tAverageAgentResponseTime"
	ConversationDetailMetricTAverageCustomerResponseTime ConversationDetailMetric = "tAverageCustomerResponseTime"
	ConversationDetailMetricTBarging                     ConversationDetailMetric = "tBarging"
	ConversationDetailMetricTCallbackAbandon             ConversationDetailMetric = "tCallbackAbandon"
	ConversationDetailMetricTCallbackConnect             ConversationDetailMetric = "tCallbackConnect"
	ConversationDetailMetricTCallbackNotReached          ConversationDetailMetric = "tCallbackNotReached"
	ConversationDetailMetricTCallbackVirtualWait         ConversationDetailMetric = "tCallbackVirtualWait"
	ConversationDetailMetricTCfcAbandon                  ConversationDetailMetric = "tCfcAbandon"
	ConversationDetailMetricTCfcAcd                      ConversationDetailMetric = "tCfcAcd"
	ConversationDetailMetricTCfcAnswered                 ConversationDetailMetric = "tCfcAnswered"
	ConversationDetailMetricTCfcFlowOut                  ConversationDetailMetric = "tCfcFlowOut"
	ConversationDetailMetricTCoaching                    ConversationDetailMetric = "tCoaching"
	ConversationDetailMetricTCoachingComplete            ConversationDetailMetric = "tCoachingComplete"
	ConversationDetailMetricTConnected                   ConversationDetailMetric = "tConnected"
	ConversationDetailMetricTContacting                  ConversationDetailMetric = "tContacting"
	ConversationDetailMetricTConversationDuration        ConversationDetailMetric = "tConversationDuration"
	ConversationDetailMetricTDialing                     ConversationDetailMetric = "tDialing"
	ConversationDetailMetricTFirstConnect                ConversationDetailMetric = "tFirstConnect"
	ConversationDetailMetricTFirstDial                   ConversationDetailMetric = "tFirstDial"
	ConversationDetailMetricTFirstEngagement             ConversationDetailMetric = "tFirstEngagement"
	ConversationDetailMetricTFirstResponse               ConversationDetailMetric = "tFirstResponse"
	ConversationDetailMetricTFlow                        ConversationDetailMetric = "tFlow"
	ConversationDetailMetricTFlowDisconnect              ConversationDetailMetric = "tFlowDisconnect"
	ConversationDetailMetricTFlowExit                    ConversationDetailMetric = "tFlowExit"
	ConversationDetailMetricTFlowOut                     ConversationDetailMetric = "tFlowOut"
	ConversationDetailMetricTFlowOutcome                 ConversationDetailMetric = "tFlowOutcome"
	ConversationDetailMetricTHandle                      ConversationDetailMetric = "tHandle"
	ConversationDetailMetricTHeld                        ConversationDetailMetric = "tHeld"
	ConversationDetailMetricTHeldComplete                ConversationDetailMetric = "tHeldComplete"
	ConversationDetailMetricTIVR                         ConversationDetailMetric = "tIvr"
	ConversationDetailMetricTMonitoring                  ConversationDetailMetric = "tMonitoring"
	ConversationDetailMetricTMonitoringComplete          ConversationDetailMetric = "tMonitoringComplete"
	ConversationDetailMetricTNotResponding               ConversationDetailMetric = "tNotResponding"
	ConversationDetailMetricTPark                        ConversationDetailMetric = "tPark"
	ConversationDetailMetricTParkComplete                ConversationDetailMetric = "tParkComplete"
	ConversationDetailMetricTScreenMonitoring            ConversationDetailMetric = "tScreenMonitoring"
	ConversationDetailMetricTShortAbandon                ConversationDetailMetric = "tShortAbandon"
	ConversationDetailMetricTSnippetRecord               ConversationDetailMetric = "tSnippetRecord"
	ConversationDetailMetricTTalk                        ConversationDetailMetric = "tTalk"
	ConversationDetailMetricTTalkComplete                ConversationDetailMetric = "tTalkComplete"
	ConversationDetailMetricTTransmitting                ConversationDetailMetric = "tTransmitting"
	ConversationDetailMetricTUserResponseTime            ConversationDetailMetric = "tUserResponseTime"
	ConversationDetailMetricTVoicemail                   ConversationDetailMetric = "tVoicemail"
)

// EnumValues lists the values Genesys Cloud accepts for ConversationDetailMetric.
func (ConversationDetailMetric) EnumValues() []string {
	return []string{
		string(ConversationDetailMetricNBlindTransferred),
		string(ConversationDetailMetricNBotInteractions),
		string(ConversationDetailMetricNCallbackAttempts),
		string(ConversationDetailMetricNCallbackOverSla),
		string(ConversationDetailMetricNCallbackScheduled),
		string(ConversationDetailMetricNCfcOffered),
		string(ConversationDetailMetricNCobrowseSessions),
		string(ConversationDetailMetricNConnected),
		string(ConversationDetailMetricNConsult),
		string(ConversationDetailMetricNConsultTransferred),
		string(ConversationDetailMetricNConversations),
		string(ConversationDetailMetricNError),
		string(ConversationDetailMetricNFlow),
		string(ConversationDetailMetricNFlowMilestone),
		string(ConversationDetailMetricNFlowOutcome),
		string(ConversationDetailMetricNFlowOutcomeFailed),
		string(ConversationDetailMetricNOffered),
		string(ConversationDetailMetricNOutbound),
		string(ConversationDetailMetricNOutboundAbandoned),
		string(ConversationDetailMetricNOutboundAttempted),
		string(ConversationDetailMetricNOutboundConnected),
		string(ConversationDetailMetricNOverSla),
		string(ConversationDetailMetricNStateTransitionError),
		string(ConversationDetailMetricNTakeover),
		string(ConversationDetailMetricNTransferred),
		string(ConversationDetailMetricOAudioMessageCount),
		string(ConversationDetailMetricOExternalAudioMessageCount),
		string(ConversationDetailMetricOExternalMediaCount),
		string(ConversationDetailMetricOFlowMilestone),
		string(ConversationDetailMetricOMediaCount),
		string(ConversationDetailMetricOMessageCount),
		string(ConversationDetailMetricOMessageSegmentCount),
		string(ConversationDetailMetricOMessageTurn),
		string(ConversationDetailMetricOSkillExpressionApplications),
		string(ConversationDetailMetricTAbandon),
		string(ConversationDetailMetricTAcd),
		string(ConversationDetailMetricTActiveCallback),
		string(ConversationDetailMetricTActiveCallbackComplete),
		string(ConversationDetailMetricTACW),
		string(ConversationDetailMetricTAgentResponseTime),
		string(ConversationDetailMetricTAgentVideoConnected),
		string(ConversationDetailMetricTAlert),
		string(ConversationDetailMetricTAnswered),
		string(ConversationDetailMetricTAverageAgentResponseTime),
		string(ConversationDetailMetricTAverageCustomerResponseTime),
		string(ConversationDetailMetricTBarging),
		string(ConversationDetailMetricTCallbackAbandon),
		string(ConversationDetailMetricTCallbackConnect),
		string(ConversationDetailMetricTCallbackNotReached),
		string(ConversationDetailMetricTCallbackVirtualWait),
		string(ConversationDetailMetricTCfcAbandon),
		string(ConversationDetailMetricTCfcAcd),
		string(ConversationDetailMetricTCfcAnswered),
		string(ConversationDetailMetricTCfcFlowOut),
		string(ConversationDetailMetricTCoaching),
		string(ConversationDetailMetricTCoachingComplete),
		string(ConversationDetailMetricTConnected),
		string(ConversationDetailMetricTContacting),
		string(ConversationDetailMetricTConversationDuration),
		string(ConversationDetailMetricTDialing),
		string(ConversationDetailMetricTFirstConnect),
		string(ConversationDetailMetricTFirstDial),
		string(ConversationDetailMetricTFirstEngagement),
		string(ConversationDetailMetricTFirstResponse),
		string(ConversationDetailMetricTFlow),
		string(ConversationDetailMetricTFlowDisconnect),
		string(ConversationDetailMetricTFlowExit),
		string(ConversationDetailMetricTFlowOut),
		string(ConversationDetailMetricTFlowOutcome),
		string(ConversationDetailMetricTHandle),
		string(ConversationDetailMetricTHeld),
		string(ConversationDetailMetricTHeldComplete),
		string(ConversationDetailMetricTIVR),
		string(ConversationDetailMetricTMonitoring),
		string(ConversationDetailMetricTMonitoringComplete),
		string(ConversationDetailMetricTNotResponding),
		string(ConversationDetailMetricTPark),
		string(ConversationDetailMetricTParkComplete),
		string(ConversationDetailMetricTScreenMonitoring),
		string(ConversationDetailMetricTShortAbandon),
		string(ConversationDetailMetricTSnippetRecord),
		string(ConversationDetailMetricTTalk),
		string(ConversationDetailMetricTTalkComplete),
		string(ConversationDetailMetricTTransmitting),
		string(ConversationDetailMetricTUserResponseTime),
		string(ConversationDetailMetricTVoicemail),
	}
}

// SegmentDimension names a segment-level field that a details query segment
// filter predicate can match on, such as queueId, userId or wrapUpCode.
type SegmentDimension string

// SegmentDimension values.
const (
	SegmentDimensionAddressFrom                SegmentDimension = "addressFrom"
	SegmentDimensionAddressTo                  SegmentDimension = "addressTo"
	SegmentDimensionAgentAssistantID           SegmentDimension = "agentAssistantId"
	SegmentDimensionAgentOwned                 SegmentDimension = "agentOwned"
	SegmentDimensionANI                        SegmentDimension = "ani"
	SegmentDimensionAuthenticated              SegmentDimension = "authenticated"
	SegmentDimensionBargedParticipantID        SegmentDimension = "bargedParticipantId"
	SegmentDimensionCallbackNumber             SegmentDimension = "callbackNumber"
	SegmentDimensionCallbackScheduledTime      SegmentDimension = "callbackScheduledTime"
	SegmentDimensionCanonicalExternalContactID SegmentDimension = "canonicalExternalContactId"
	SegmentDimensionCleared                    SegmentDimension = "cleared"
	SegmentDimensionCoachedParticipantID       SegmentDimension = "coachedParticipantId"
	SegmentDimensionConference                 SegmentDimension = "conference"
	SegmentDimensionDeliveryPushed             SegmentDimension = "deliveryPushed"
	SegmentDimensionDeliveryStatus             SegmentDimension = "deliveryStatus"
	SegmentDimensionDestinationAddress         SegmentDimension = "destinationAddress"
	SegmentDimensionDestinationConversationID  SegmentDimension = "destinationConversationId"
	SegmentDimensionDetectedSpeechEnd          SegmentDimension = "detectedSpeechEnd"
	SegmentDimensionDetectedSpeechStart        SegmentDimension = "detectedSpeechStart"
	SegmentDimensionDirection                  SegmentDimension = "direction"
	SegmentDimensionDisconnectType             SegmentDimension = "disconnectType"
	SegmentDimensionDNIS                       SegmentDimension = "dnis"
	SegmentDimensionEdgeID                     SegmentDimension = "edgeId"
	SegmentDimensionEngagementSource           SegmentDimension = "engagementSource"
	SegmentDimensionErrorCode                  SegmentDimension = "errorCode"
	SegmentDimensionExitReason                 SegmentDimension = "exitReason"
	SegmentDimensionExtendedDeliveryStatus     SegmentDimension = "extendedDeliveryStatus"
	SegmentDimensionExternalContactID          SegmentDimension = "externalContactId"
	SegmentDimensionExternalOrganizationID     SegmentDimension = "externalOrganizationId"
	SegmentDimensionFlaggedReason              SegmentDimension = "flaggedReason"
	SegmentDimensionFlowID                     SegmentDimension = "flowId"
	SegmentDimensionFlowName                   SegmentDimension = "flowName"
	SegmentDimensionFlowOutType                SegmentDimension = "flowOutType"
	SegmentDimensionFlowOutcome                SegmentDimension = "flowOutcome"
	SegmentDimensionFlowOutcomeID              SegmentDimension = "flowOutcomeId"
	SegmentDimensionFlowOutcomeValue           SegmentDimension = "flowOutcomeValue"
	SegmentDimensionFlowVersion                SegmentDimension = "flowVersion"
	SegmentDimensionGroupID                    SegmentDimension = "groupId"
	SegmentDimensionJourneyActionID            SegmentDimension = "journeyActionId"
	SegmentDimensionJourneyActionMapID         SegmentDimension = "journeyActionMapId"
	SegmentDimensionJourneyCustomerID          SegmentDimension = "journeyCustomerId"
	SegmentDimensionJourneyCustomerIDType      SegmentDimension = "journeyCustomerIdType"
	SegmentDimensionJourneyCustomerSessionID   SegmentDimension = "journeyCustomerSessionId"
	SegmentDimensionMediaCount                 SegmentDimension = "mediaCount"
	SegmentDimensionMediaType                  SegmentDimension = "mediaType"
	SegmentDimensionMessageType                SegmentDimension = "messageType"
	SegmentDimensionMonitoredParticipantID     SegmentDimension = "monitoredParticipantId"
	SegmentDimensionOutboundCampaignID         SegmentDimension = "outboundCampaignId"
	SegmentDimensionOutboundContactID          SegmentDimension = "outboundContactId"
	SegmentDimensionOutboundContactListID      SegmentDimension = "outboundContactListId"
	SegmentDimensionParticipantName            SegmentDimension = "participantName"
	SegmentDimensionProtocolCallID             SegmentDimension = "protocolCallId"
	SegmentDimensionProvider                   SegmentDimension = "provider"
	SegmentDimensionPurpose                    SegmentDimension = "purpose"
	SegmentDimensionQueueID                    SegmentDimension = "queueId"
	SegmentDimensionRecording                  SegmentDimension = "recording"
	SegmentDimensionRemote                     SegmentDimension = "remote"
	SegmentDimensionRemoteNameDisplayable      SegmentDimension = "remoteNameDisplayable"
	SegmentDimensionRequestedLanguageID        SegmentDimension = "requestedLanguageId"
	SegmentDimensionRequestedRouting           SegmentDimension = "requestedRouting"
	SegmentDimensionRequestedRoutingSkillID    SegmentDimension = "requestedRoutingSkillId"
	SegmentDimensionScoredAgentID              SegmentDimension = "scoredAgentId"
	SegmentDimensionScreenMonitoredUserID      SegmentDimension = "screenMonitoredUserId"
	SegmentDimensionScreenRecording            SegmentDimension = "screenRecording"
	SegmentDimensionScriptID                   SegmentDimension = "scriptId"
	SegmentDimensionSegmentEnd                 SegmentDimension = "segmentEnd"
	SegmentDimensionSegmentType                SegmentDimension = "segmentType"
	SegmentDimensionSessionDNIS                SegmentDimension = "sessionDnis"
	SegmentDimensionSipResponseCode            SegmentDimension = "sipResponseCode"
	SegmentDimensionSkillExpressionID          SegmentDimension = "skillExpressionId"
	SegmentDimensionSnippetRecording           SegmentDimension = "snippetRecording"
	SegmentDimensionSubject                    SegmentDimension = "subject"
	SegmentDimensionTeamID                     SegmentDimension = "teamId"
	SegmentDimensionTransferTargetAddress      SegmentDimension = "transferTargetAddress"
	SegmentDimensionTransferTargetName         SegmentDimension = "transferTargetName"
	SegmentDimensionTransferType               SegmentDimension = "transferType"
	SegmentDimensionUsedRouting                SegmentDimension = "usedRouting"
	SegmentDimensionUserID                     SegmentDimension = "userId"
	SegmentDimensionWrapUpCode                 SegmentDimension = "wrapUpCode"
	SegmentDimensionWrapUpNote                 SegmentDimension = "wrapUpNote"
)

// EnumValues lists the values Genesys Cloud accepts for SegmentDimension.
func (SegmentDimension) EnumValues() []string {
	return []string{
		string(SegmentDimensionAddressFrom),
		string(SegmentDimensionAddressTo),
		string(SegmentDimensionAgentAssistantID),
		string(SegmentDimensionAgentOwned),
		string(SegmentDimensionANI),
		string(SegmentDimensionAuthenticated),
		string(SegmentDimensionBargedParticipantID),
		string(SegmentDimensionCallbackNumber),
		string(SegmentDimensionCallbackScheduledTime),
		string(SegmentDimensionCanonicalExternalContactID),
		string(SegmentDimensionCleared),
		string(SegmentDimensionCoachedParticipantID),
		string(SegmentDimensionConference),
		string(SegmentDimensionDeliveryPushed),
		string(SegmentDimensionDeliveryStatus),
		string(SegmentDimensionDestinationAddress),
		string(SegmentDimensionDestinationConversationID),
		string(SegmentDimensionDetectedSpeechEnd),
		string(SegmentDimensionDetectedSpeechStart),
		string(SegmentDimensionDirection),
		string(SegmentDimensionDisconnectType),
		string(SegmentDimensionDNIS),
		string(SegmentDimensionEdgeID),
		string(SegmentDimensionEngagementSource),
		string(SegmentDimensionErrorCode),
		string(SegmentDimensionExitReason),
		string(SegmentDimensionExtendedDeliveryStatus),
		string(SegmentDimensionExternalContactID),
		string(SegmentDimensionExternalOrganizationID),
		string(SegmentDimensionFlaggedReason),
		string(SegmentDimensionFlowID),
		string(SegmentDimensionFlowName),
		string(SegmentDimensionFlowOutType),
		string(SegmentDimensionFlowOutcome),
		string(SegmentDimensionFlowOutcomeID),
		string(SegmentDimensionFlowOutcomeValue),
		string(SegmentDimensionFlowVersion),
		string(SegmentDimensionGroupID),
		string(SegmentDimensionJourneyActionID),
		string(SegmentDimensionJourneyActionMapID),
		string(SegmentDimensionJourneyCustomerID),
		string(SegmentDimensionJourneyCustomerIDType),
		string(SegmentDimensionJourneyCustomerSessionID),
		string(SegmentDimensionMediaCount),
		string(SegmentDimensionMediaType),
		string(SegmentDimensionMessageType),
		string(SegmentDimensionMonitoredParticipantID),
		string(SegmentDimensionOutboundCampaignID),
		string(SegmentDimensionOutboundContactID),
		string(SegmentDimensionOutboundContactListID),
		string(SegmentDimensionParticipantName),
		string(SegmentDimensionProtocolCallID),
		string(SegmentDimensionProvider),
		string(SegmentDimensionPurpose),
		string(SegmentDimensionQueueID),
		string(SegmentDimensionRecording),
		string(SegmentDimensionRemote),
		string(SegmentDimensionRemoteNameDisplayable),
		string(SegmentDimensionRequestedLanguageID),
		string(SegmentDimensionRequestedRouting),
		string(SegmentDimensionRequestedRoutingSkillID),
		string(SegmentDimensionScoredAgentID),
		string(SegmentDimensionScreenMonitoredUserID),
		string(SegmentDimensionScreenRecording),
		string(SegmentDimensionScriptID),
		string(SegmentDimensionSegmentEnd),
		string(SegmentDimensionSegmentType),
		string(SegmentDimensionSessionDNIS),
		string(SegmentDimensionSipResponseCode),
		string(SegmentDimensionSkillExpressionID),
		string(SegmentDimensionSnippetRecording),
		string(SegmentDimensionSubject),
		string(SegmentDimensionTeamID),
		string(SegmentDimensionTransferTargetAddress),
		string(SegmentDimensionTransferTargetName),
		string(SegmentDimensionTransferType),
		string(SegmentDimensionUsedRouting),
		string(SegmentDimensionUserID),
		string(SegmentDimensionWrapUpCode),
		string(SegmentDimensionWrapUpNote),
	}
}
